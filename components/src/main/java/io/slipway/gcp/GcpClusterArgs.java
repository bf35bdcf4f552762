package io.slipway.gcp;

import io.slipway.cluster.EnvironmentContext;
import io.slipway.model.SlotSpec;
import java.util.Objects;

/**
 * What {@link GcpCluster} builds.
 *
 * @param environment the environment, with a {@code gcp} section. Required.
 * @param slot        the slot name ({@code blue} or {@code green}). Required.
 * @param slotSpec    the slot's version and node pools. Required.
 * @param foundation  the environment's network, keys and zone the cluster uses. Required.
 */
public record GcpClusterArgs(EnvironmentContext environment, String slot, SlotSpec slotSpec, GcpFoundationOutputs foundation) {
    public GcpClusterArgs {
        Objects.requireNonNull(environment, "GcpClusterArgs.environment is required");
        Objects.requireNonNull(slot, "GcpClusterArgs.slot is required");
        Objects.requireNonNull(slotSpec, "GcpClusterArgs.slotSpec is required");
        Objects.requireNonNull(foundation, "GcpClusterArgs.foundation is required");
        if (environment.spec().gcp() == null) {
            throw new IllegalArgumentException("environment '" + environment.name() + "' has cloud gcp but no 'gcp' settings");
        }
        if (slotSpec.nodePools().isEmpty()) {
            throw new IllegalArgumentException("slot '" + slot + "' of environment '" + environment.name() + "' has no node pools");
        }
    }
}
