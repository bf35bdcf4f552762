package io.slipway.model.network;

import io.slipway.model.Required;
import java.util.List;

/**
 * An AWS VPC built elsewhere, used instead of creating one. Its subnets must already carry the
 * {@code kubernetes.io/role/elb} and {@code kubernetes.io/role/internal-elb} tags.
 *
 * @param vpcId            the VPC id ({@code vpc-...}). Required.
 * @param privateSubnetIds subnets for nodes and internal load balancers, one per zone. Required.
 * @param publicSubnetIds  subnets for internet-facing load balancers. @default []
 */
public record ExistingVpcSpec(
        @Required String vpcId, @Required List<String> privateSubnetIds, List<String> publicSubnetIds) {
    public ExistingVpcSpec {
        privateSubnetIds = privateSubnetIds == null ? List.of() : List.copyOf(privateSubnetIds);
        publicSubnetIds = publicSubnetIds == null ? List.of() : List.copyOf(publicSubnetIds);
    }
}
