package io.slipway.model.cloud;

import io.slipway.model.Required;
import io.slipway.model.Tier;
import io.slipway.model.network.ExistingVpcSpec;
import java.util.List;

/**
 * Settings only AWS environments have. Required when {@code cloud: aws}.
 *
 * @param adminRoleArns IAM roles granted cluster admin through EKS access entries. @default []
 * @param existingVpc   use this VPC instead of creating one. @default null (create a VPC)
 * @param dnssec        sign the Route 53 zone with DNSSEC; the parent domain then needs the zone's DS
 *                      record. @default true in prod, false otherwise
 * @param autoMode      run the slots' clusters on EKS Auto Mode: AWS launches nodes on demand for the node
 *                      pools and runs load balancing, block storage and the core networking itself, instead of
 *                      managed node groups, managed add-ons, the AWS Load Balancer Controller and
 *                      cluster-autoscaler (docs/environment.md). @default true for an ephemeral environment,
 *                      false otherwise
 */
public record AwsSpec(List<String> adminRoleArns, ExistingVpcSpec existingVpc, Boolean dnssec, Boolean autoMode) {
    public AwsSpec {
        adminRoleArns = adminRoleArns == null ? List.of() : List.copyOf(adminRoleArns);
    }

    /** DNSSEC as configured, else on for prod: signing is what keeps a spoofed answer out of a resolver's cache. */
    public boolean dnssecFor(Tier tier) {
        return dnssec != null ? dnssec : tier == Tier.PROD;
    }

    /** Auto Mode as configured, else on for ephemeral environments: no node group to wait for makes them ready sooner. */
    public boolean autoModeFor(boolean ephemeral) {
        return autoMode != null ? autoMode : ephemeral;
    }
}
