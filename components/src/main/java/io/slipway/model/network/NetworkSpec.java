package io.slipway.model.network;

/**
 * The environment's network, shared by its cluster slots. To use an existing network instead, set
 * {@code aws.existingVpc} or {@code gcp.existingNetwork}; these fields are then ignored.
 *
 * @param cidr  the VPC's (AWS) or primary subnet's (GCP) IPv4 range. @default 10.0.0.0/16
 * @param zones availability zones to spread subnets and nodes over, 1–6. @default 2
 * @param nat   {@code single} or {@code perZone} NAT gateways. @default single
 */
public record NetworkSpec(String cidr, Integer zones, NatStrategy nat) {
    public static final String DEFAULT_CIDR = "10.0.0.0/16";

    public NetworkSpec {
        cidr = cidr == null ? DEFAULT_CIDR : cidr;
        zones = zones == null ? 2 : zones;
        nat = nat == null ? NatStrategy.SINGLE : nat;
    }

    public static NetworkSpec defaults() {
        return new NetworkSpec(null, null, null);
    }
}
