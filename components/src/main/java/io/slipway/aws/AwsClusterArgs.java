package io.slipway.aws;

import io.slipway.cluster.EnvironmentContext;
import io.slipway.model.SlotSpec;
import java.util.Objects;

/**
 * Inputs of an {@link AwsCluster}.
 *
 * @param environment the environment: name, region, API access, admin roles and tags. Required.
 * @param slot        the slot name ({@code blue} or {@code green}). Required.
 * @param slotSpec    the slot's Kubernetes version and node pools. Required.
 * @param foundation  the environment's network, KMS key, zone and backups bucket. Required.
 */
public record AwsClusterArgs(EnvironmentContext environment, String slot, SlotSpec slotSpec, AwsFoundationOutputs foundation) {
    public AwsClusterArgs {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(slotSpec, "slotSpec");
        Objects.requireNonNull(foundation, "foundation");
        if (slotSpec.nodePools().isEmpty()) {
            throw new IllegalArgumentException("slot '" + slot + "' has no node pools; an EKS cluster needs at least one");
        }
    }
}
