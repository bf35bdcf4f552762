package io.slipway.model.addons;

/**
 * Node autoscaling: cluster-autoscaler on EKS, GKE's built-in autoscaler on GKE.
 *
 * @param enabled install cluster-autoscaler (EKS) / enable the autoscaling profile (GKE). @default true
 */
public record AutoscalerSpec(Boolean enabled) {
    public AutoscalerSpec {
        enabled = enabled == null || enabled;
    }

    public static AutoscalerSpec defaults() {
        return new AutoscalerSpec(null);
    }
}
