package io.slipway.gcp.network;

import io.slipway.cluster.EnvironmentContext;
import io.slipway.model.network.ExistingGcpNetworkSpec;
import java.util.Objects;

/**
 * What {@link GcpNetwork} builds.
 *
 * @param project      the GCP project id. Required.
 * @param region       the region of the subnet, router and NAT. Required.
 * @param cidr         the subnet's primary range, where nodes get their addresses. Required.
 * @param podsCidr     the subnet's secondary range for pods. Required.
 * @param servicesCidr the subnet's secondary range for services. Required.
 * @param existing     a network built elsewhere: create nothing and hand out its names. @default null (create one)
 */
public record GcpNetworkArgs(
        String project,
        String region,
        String cidr,
        String podsCidr,
        String servicesCidr,
        ExistingGcpNetworkSpec existing) {

    public GcpNetworkArgs {
        Objects.requireNonNull(project, "GcpNetworkArgs.project is required");
        Objects.requireNonNull(region, "GcpNetworkArgs.region is required");
        if (existing == null) {
            Objects.requireNonNull(cidr, "GcpNetworkArgs.cidr is required when no existing network is given");
            Objects.requireNonNull(podsCidr, "GcpNetworkArgs.podsCidr is required when no existing network is given");
            Objects.requireNonNull(servicesCidr, "GcpNetworkArgs.servicesCidr is required when no existing network is given");
        }
    }

    /** The environment's shared network, as its spec describes it. */
    public static GcpNetworkArgs of(EnvironmentContext environment) {
        var spec = environment.spec();
        var gcp = spec.gcp();
        return new GcpNetworkArgs(gcp.project(), spec.region(), spec.network().cidr(), gcp.podsCidr(), gcp.servicesCidr(),
                gcp.existingNetwork());
    }
}
