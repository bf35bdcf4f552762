package io.slipway.model.addons;

/**
 * kube-prometheus-stack plus Slipway's platform alerts.
 *
 * @param enabled          install it. @default true
 * @param retention        how long Prometheus keeps samples, Prometheus duration syntax. @default 10d
 * @param storageGb        Prometheus volume size in GiB. @default 50
 * @param pendingPodsMinutes minutes a pod may stay Pending before an alert fires. @default 15
 */
public record MonitoringSpec(Boolean enabled, String retention, Integer storageGb, Integer pendingPodsMinutes) {
    public MonitoringSpec {
        enabled = enabled == null || enabled;
        retention = retention == null ? "10d" : retention;
        storageGb = storageGb == null ? 50 : storageGb;
        pendingPodsMinutes = pendingPodsMinutes == null ? 15 : pendingPodsMinutes;
    }

    public static MonitoringSpec defaults() {
        return new MonitoringSpec(null, null, null, null);
    }
}
