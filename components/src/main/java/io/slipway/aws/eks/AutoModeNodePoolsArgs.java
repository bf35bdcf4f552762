package io.slipway.aws.eks;

import com.pulumi.kubernetes.Provider;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.model.SlotSpec;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Objects;

/**
 * Inputs of {@link AutoModeNodePools}.
 *
 * @param environment the environment, for names. Required.
 * @param slot        the slot whose cluster runs on EKS Auto Mode. Required.
 * @param slotSpec    the slot's node pools; every pool but the system pool becomes a NodePool. Required.
 * @param kubernetes  the slot's Kubernetes provider. Required.
 * @param after       what the API must have before a NodePool can be written: the cluster (whose creation
 *                    defines the NodePool kind) and the admin access entries. @default []
 */
public record AutoModeNodePoolsArgs(EnvironmentContext environment, String slot, SlotSpec slotSpec, Provider kubernetes,
                                    List<Resource> after) {
    public AutoModeNodePoolsArgs {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(slotSpec, "slotSpec");
        Objects.requireNonNull(kubernetes, "kubernetes");
        after = after == null ? List.of() : List.copyOf(after);
    }
}
