package io.slipway.model.addons;

import io.slipway.model.Tier;

/**
 * Traefik, the entry point of every slot.
 *
 * @param enabled            install it. @default true
 * @param replicas           Traefik pods. @default 1 in dev, 2 elsewhere (with a PodDisruptionBudget)
 * @param internal           an internal load balancer instead of an internet-facing one. @default false
 * @param allowPlainHttp     serve plain HTTP on port 80 instead of redirecting it to HTTPS on 443. @default false
 * @param deletionProtection AWS: turn on the Network Load Balancer's deletion protection (turn it off and
 *                           apply before destroying the slot). GCP has no equivalent. @default true in prod, false otherwise
 */
public record IngressSpec(Boolean enabled, Integer replicas, Boolean internal, Boolean allowPlainHttp, Boolean deletionProtection) {
    public IngressSpec {
        enabled = enabled == null || enabled;
        internal = internal != null && internal;
        allowPlainHttp = allowPlainHttp != null && allowPlainHttp;
    }

    public static IngressSpec defaults() {
        return new IngressSpec(null, null, null, null, null);
    }

    public int replicasFor(Tier tier) {
        return replicas != null ? replicas : (tier.isProductionLike() ? 2 : 1);
    }

    public boolean deletionProtectionFor(Tier tier) {
        return deletionProtection != null ? deletionProtection : tier == Tier.PROD;
    }
}
