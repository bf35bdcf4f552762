package io.slipway.addons.monitoring;

import io.slipway.addons.backups.VeleroSchedule;
import io.slipway.addons.lock.Addon;
import io.slipway.addons.lock.AddonLock;
import io.slipway.cluster.ClusterHandle;
import java.util.List;
import java.util.Map;

/**
 * The alerts every Slipway cluster carries, grouped as the platform team reads them: capacity,
 * scheduling, backups, the ingress golden signals, and nodes. Thresholds are the ones a team of a
 * few engineers can act on; each alert names a runbook page.
 */
public final class PlatformAlerts {
    /** Spot node labels kube-state-metrics must export for the spot alert (EKS and GKE). */
    public static final String SPOT_NODE_LABELS = "nodes=[eks.amazonaws.com/capacityType,cloud.google.com/gke-spot]";

    private PlatformAlerts() {}

    /**
     * The rule groups of a cluster, as the {@code groups} of a PrometheusRule spec.
     *
     * @param lock the add-on pins, which name the releases whose objects the alerts filter on
     */
    public static Map<String, List<AlertRule>> groups(ClusterHandle cluster, AddonLock lock) {
        var monitoring = cluster.environment().spec().addons().monitoring();
        var backups = cluster.environment().spec().addons().backups();
        String pending = monitoring.pendingPodsMinutes() + "m";
        long backupMaxAgeSeconds = BackupSchedule.maxAgeSeconds(backups.schedule());
        String spotNodes = cluster.aws().isPresent()
                ? "kube_node_labels{label_eks_amazonaws_com_capacity_type=\"SPOT\"}"
                : "kube_node_labels{label_cloud_google_com_gke_spot=\"true\"}";
        var groups = new java.util.LinkedHashMap<String, List<AlertRule>>();
        groups.put("slipway.capacity", List.of(
                new AlertRule("SlipwayCpuHeadroomLow",
                        "sum(kube_pod_container_resource_requests{resource=\"cpu\"}) / sum(kube_node_status_allocatable{resource=\"cpu\"}) > 0.85",
                        "15m", "warning", "Pods request more than 85% of the cluster's allocatable CPU"),
                new AlertRule("SlipwayMemoryHeadroomLow",
                        "sum(kube_pod_container_resource_requests{resource=\"memory\"}) / sum(kube_node_status_allocatable{resource=\"memory\"}) > 0.85",
                        "15m", "warning", "Pods request more than 85% of the cluster's allocatable memory")));
        groups.put("slipway.scheduling", List.of(
                new AlertRule("SlipwayPodsPending",
                        "sum by (namespace, pod) (kube_pod_status_phase{phase=\"Pending\"}) > 0",
                        pending, "warning", "A pod has been Pending for " + pending),
                new AlertRule("SlipwayPodsUnschedulable",
                        "sum by (namespace, pod) (kube_pod_status_unschedulable) > 0",
                        pending, "critical", "A pod has been unschedulable for " + pending)));
        if (backups.enabled()) {
            String lastSuccess = "velero_backup_last_successful_timestamp{schedule=\""
                    + VeleroSchedule.name(lock.pin(Addon.VELERO), cluster.slot()) + "\"}";
            String maxAge = BackupSchedule.duration(backupMaxAgeSeconds);
            groups.put("slipway.backups", List.of(
                    new AlertRule("SlipwayBackupTooOld",
                            "time() - max(" + lastSuccess + ") > " + backupMaxAgeSeconds,
                            "10m", "critical", "The last successful backup is older than its schedule plus a margin"),
                    // Velero sets the timestamp only on a success, so a schedule that never succeeded
                    // (or a Velero nobody scrapes) has no series for the age alert to compare.
                    new AlertRule("SlipwayBackupNeverSucceeded",
                            "absent(" + lastSuccess + ")",
                            maxAge, "critical", "No successful backup reported for " + maxAge
                                    + " (never succeeded since Velero started, or Velero is not scraped)"),
                    new AlertRule("SlipwayBackupFailed",
                            "sum(increase(velero_backup_failure_total[1h])) + sum(increase(velero_backup_partial_failure_total[1h])) > 0",
                            "5m", "warning", "A Velero backup failed or partially failed in the last hour")));
        }
        if (cluster.environment().spec().addons().ingress().enabled()) {
            groups.put("slipway.ingress", List.of(
                    new AlertRule("SlipwayIngressErrorRatioHigh",
                            "sum(rate(traefik_service_requests_total{code=~\"5..\"}[5m])) / sum(rate(traefik_service_requests_total[5m])) > 0.05",
                            "10m", "critical", "More than 5% of requests through the ingress fail with a 5xx"),
                    new AlertRule("SlipwayIngressLatencyHigh",
                            "histogram_quantile(0.99, sum by (le) (rate(traefik_entrypoint_request_duration_seconds_bucket[5m]))) > 1",
                            "10m", "warning", "The ingress's p99 latency is above one second"),
                    new AlertRule("SlipwayIngressSaturated",
                            "sum(rate(container_cpu_usage_seconds_total{namespace=\"traefik\", container=\"traefik\"}[5m]))"
                                    + " / sum(kube_pod_container_resource_requests{namespace=\"traefik\", container=\"traefik\", resource=\"cpu\"}) > 0.9",
                            "15m", "warning", "Traefik uses more than 90% of its requested CPU")));
        }
        groups.put("slipway.nodes", List.of(
                new AlertRule("SlipwayNodeNotReady",
                        "kube_node_status_condition{condition=\"Ready\", status=\"true\"} == 0",
                        "10m", "critical", "A node has not been Ready for 10 minutes"),
                new AlertRule("SlipwaySpotInterruptions",
                        "sum(kube_node_spec_unschedulable * on (node) group_left () " + spotNodes + ") > 0",
                        "5m", "warning", "Spot nodes are being reclaimed (cordoned for interruption)")));
        return groups;
    }
}
