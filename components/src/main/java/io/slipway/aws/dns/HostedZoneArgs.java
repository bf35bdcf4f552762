package io.slipway.aws.dns;

import io.slipway.cluster.EnvironmentContext;

/**
 * Inputs of a {@link HostedZone}.
 *
 * @param environment the environment: its {@code domain} becomes the zone, its tags the zone's. Required.
 */
public record HostedZoneArgs(EnvironmentContext environment) {
    public HostedZoneArgs {
        if (environment == null) {
            throw new IllegalArgumentException("a hosted zone needs its environment");
        }
    }
}
