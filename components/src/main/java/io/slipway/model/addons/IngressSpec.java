package io.slipway.model.addons;

import io.slipway.model.Tier;

/**
 * Traefik, the entry point of every slot.
 *
 * @param enabled  install it. @default true
 * @param replicas Traefik pods. @default 1 in dev, 2 elsewhere (with a PodDisruptionBudget)
 * @param internal an internal load balancer instead of an internet-facing one. @default false
 */
public record IngressSpec(Boolean enabled, Integer replicas, Boolean internal) {
    public IngressSpec {
        enabled = enabled == null || enabled;
        internal = internal != null && internal;
    }

    public static IngressSpec defaults() {
        return new IngressSpec(null, null, null);
    }

    public int replicasFor(Tier tier) {
        return replicas != null ? replicas : (tier.isProductionLike() ? 2 : 1);
    }
}
