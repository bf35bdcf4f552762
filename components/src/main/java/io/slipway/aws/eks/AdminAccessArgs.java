package io.slipway.aws.eks;

import com.pulumi.core.Output;
import io.slipway.cluster.EnvironmentContext;
import java.util.List;
import java.util.Objects;

/**
 * Inputs of an {@link AdminAccess}.
 *
 * @param environment   the environment, for tags. Required.
 * @param slot          the slot whose cluster the roles administer. Required.
 * @param clusterName   the EKS cluster's name, an output so the entries wait for the cluster. Required.
 * @param adminRoleArns IAM role ARNs granted cluster admin (the environment's {@code aws.adminRoleArns}). @default []
 * @param partition     the AWS partition, for the access policy ARN. Required.
 */
public record AdminAccessArgs(
        EnvironmentContext environment, String slot, Output<String> clusterName, List<String> adminRoleArns, Output<String> partition) {
    public AdminAccessArgs {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(clusterName, "clusterName");
        Objects.requireNonNull(partition, "partition");
        adminRoleArns = adminRoleArns == null ? List.of() : List.copyOf(adminRoleArns);
    }
}
