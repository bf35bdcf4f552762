package io.slipway.model;

import java.util.List;

/**
 * Settings only AWS environments have. Required when {@code cloud: aws}.
 *
 * @param adminRoleArns IAM roles granted cluster admin through EKS access entries. @default []
 * @param existingVpc   use this VPC instead of creating one. @default null (create a VPC)
 */
public record AwsSpec(List<String> adminRoleArns, ExistingVpcSpec existingVpc) {
    public AwsSpec {
        adminRoleArns = adminRoleArns == null ? List.of() : List.copyOf(adminRoleArns);
    }
}
