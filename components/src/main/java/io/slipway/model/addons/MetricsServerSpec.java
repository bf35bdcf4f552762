package io.slipway.model.addons;

/**
 * metrics-server, the resource metrics API behind {@code kubectl top} and HPAs. EKS only: GKE runs its own.
 *
 * @param enabled install it. @default true
 */
public record MetricsServerSpec(Boolean enabled) {
    public MetricsServerSpec {
        enabled = enabled == null || enabled;
    }

    public static MetricsServerSpec defaults() {
        return new MetricsServerSpec(null);
    }
}
