package io.slipway.model.addons;

/**
 * kube-prometheus-stack plus Slipway's platform alerts.
 *
 * @param enabled          install it. @default true
 * @param retention        how long Prometheus keeps samples, Prometheus duration syntax. @default 10d
 * @param storageGb        Prometheus volume size in GiB. @default 50
 * @param pendingPodsMinutes minutes a pod may stay Pending before an alert fires. @default 15
 * @param runbookBaseUrl   where the alert runbooks ({@code docs/runbooks/alerts/<alert>.md}) are browsed; each
 *                         alert's {@code runbook_url} is {@code <runbookBaseUrl>/<alert>.md}. Point it at your
 *                         fork. @default https://github.com/slipway-platform/slipway/blob/main/docs/runbooks/alerts
 */
public record MonitoringSpec(Boolean enabled, String retention, Integer storageGb, Integer pendingPodsMinutes,
                             String runbookBaseUrl) {
    public static final String DEFAULT_RUNBOOK_BASE_URL = "https://github.com/slipway-platform/slipway/blob/main/docs/runbooks/alerts";

    public MonitoringSpec {
        enabled = enabled == null || enabled;
        retention = retention == null ? "10d" : retention;
        storageGb = storageGb == null ? 50 : storageGb;
        pendingPodsMinutes = pendingPodsMinutes == null ? 15 : pendingPodsMinutes;
        runbookBaseUrl = runbookBaseUrl == null ? DEFAULT_RUNBOOK_BASE_URL : runbookBaseUrl;
    }

    public static MonitoringSpec defaults() {
        return new MonitoringSpec(null, null, null, null, null);
    }
}
