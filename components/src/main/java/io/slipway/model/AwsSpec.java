package io.slipway.model;

import java.util.List;

/**
 * Settings only AWS environments have. Required when {@code cloud: aws}.
 *
 * @param adminRoleArns IAM roles granted cluster admin through EKS access entries. @default []
 * @param existingVpc   use this VPC instead of creating one. @default null (create a VPC)
 * @param dnssec        sign the Route 53 zone with DNSSEC; the parent domain then needs the zone's DS
 *                      record. @default true in prod, false otherwise
 */
public record AwsSpec(List<String> adminRoleArns, ExistingVpcSpec existingVpc, Boolean dnssec) {
    public AwsSpec {
        adminRoleArns = adminRoleArns == null ? List.of() : List.copyOf(adminRoleArns);
    }

    /** DNSSEC as configured, else on for prod: signing is what keeps a spoofed answer out of a resolver's cache. */
    public boolean dnssecFor(Tier tier) {
        return dnssec != null ? dnssec : tier == Tier.PROD;
    }
}
