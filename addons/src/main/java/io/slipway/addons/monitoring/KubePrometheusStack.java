package io.slipway.addons.monitoring;

import com.pulumi.core.Output;
import com.pulumi.kubernetes.core.v1.Secret;
import com.pulumi.kubernetes.core.v1.SecretArgs;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.slipway.addons.AddonArgs;
import io.slipway.addons.PinnedRelease;
import io.slipway.addons.lock.Addon;
import io.slipway.addons.lock.AddonLock;
import io.slipway.addons.namespaces.PlatformNamespace;
import io.slipway.addons.namespaces.PlatformNamespaceArgs;
import io.slipway.addons.namespaces.PlatformTraffic;
import io.slipway.addons.namespaces.PodSecurityLevel;
import io.slipway.addons.namespaces.TrafficRule;
import io.slipway.aws.kubernetes.EncryptedStorageClass;
import io.slipway.cluster.ClusterHandle;
import io.slipway.gcp.kubernetes.LabelledStorageClass;
import io.slipway.kubernetes.KubernetesObject;
import io.slipway.kubernetes.KubernetesObjectArgs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * kube-prometheus-stack (Prometheus operator, Prometheus, Alertmanager, Grafana, kube-state-metrics,
 * node exporter) with retention and storage from the environment, plus Slipway's own
 * PrometheusRule of platform alerts ({@link PlatformAlerts}).
 */
public final class KubePrometheusStack extends ComponentResource {
    public static final String TYPE = "slipway:addons:KubePrometheusStack";
    public static final String NAMESPACE = "monitoring";
    static final String GRAFANA_ADMIN_SECRET = "grafana-admin";
    /** Installing the CRDs and a dozen workloads takes longer than a plain chart. */
    static final int TIMEOUT_SECONDS = 900;
    /** The operator's admission webhook port (values {@code prometheusOperator.tls.internalPort}). */
    static final int OPERATOR_WEBHOOK_PORT = 10250;
    static final int KUBELET_PORT = 10250;
    static final int NODE_EXPORTER_PORT = 9100;
    static final int KUBE_PROXY_METRICS_PORT = 10249;

    private final Release release;

    public KubePrometheusStack(String name, MonitoringArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        AddonArgs addon = args.addon();
        var cluster = addon.cluster();
        // The password goes into a Secret the chart references, so it never appears in Helm's release values.
        var namespace = new PlatformNamespace(name + "-namespace", namespace(cluster),
                ComponentResourceOptions.builder().parent(this).build());
        var secret = new Secret(name + "-grafana-admin", SecretArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(GRAFANA_ADMIN_SECRET).namespace(NAMESPACE).build())
                .stringData(Output.all(Output.of("admin"), args.grafanaAdminPassword()).applyValue(v ->
                        Map.of("admin-user", v.get(0), "admin-password", v.get(1))))
                .build(), CustomResourceOptions.builder().parent(this).provider(cluster.kubernetes())
                .dependsOn(namespace).additionalSecretOutputs("stringData").build());
        var afterSecret = new AddonArgs(cluster, addon.lock(), List.of(secret));
        this.release = PinnedRelease.install(name, addon.lock().pin(Addon.KUBE_PROMETHEUS_STACK), namespace,
                values(cluster), TIMEOUT_SECONDS, afterSecret, this);
        new KubernetesObject(name + "-platform-alerts", new KubernetesObjectArgs("monitoring.coreos.com/v1", "PrometheusRule",
                ObjectMetaArgs.builder().name("slipway-platform-alerts").namespace(NAMESPACE)
                        .labels(Map.of("app.kubernetes.io/part-of", "slipway")).build(),
                Map.of("groups", ruleGroups(cluster, addon.lock()))),
                CustomResourceOptions.builder().parent(this).provider(cluster.kubernetes()).dependsOn(release).build());
        registerOutputs(Map.of());
    }

    /**
     * Privileged Pod Security: node-exporter runs in the host's network and PID namespaces with host
     * paths. Nothing outside the namespace may reach Prometheus, Alertmanager or Grafana (none has
     * authentication of its own); the API server calls the operator's admission webhook. Prometheus
     * scrapes pods everywhere and the nodes' kubelet, node-exporter and kube-proxy; Alertmanager
     * sends notifications over HTTPS.
     */
    static PlatformNamespaceArgs namespace(ClusterHandle cluster) {
        return new PlatformNamespaceArgs(cluster, NAMESPACE, PodSecurityLevel.PRIVILEGED, List.of(
                new TrafficRule("within-namespace", TrafficRule.Direction.INGRESS, List.of(TrafficRule.Peer.namespace(NAMESPACE)), List.of()),
                PlatformTraffic.webhookFromApiServer(cluster, OPERATOR_WEBHOOK_PORT),
                PlatformTraffic.dns(),
                PlatformTraffic.apiServer(cluster),
                new TrafficRule("scrape-pods", TrafficRule.Direction.EGRESS, List.of(TrafficRule.Peer.anyPod()), List.of()),
                PlatformTraffic.toNodes(cluster, TrafficRule.Port.tcp(KUBELET_PORT), TrafficRule.Port.tcp(NODE_EXPORTER_PORT),
                        TrafficRule.Port.tcp(KUBE_PROXY_METRICS_PORT)),
                new TrafficRule("notifications", TrafficRule.Direction.EGRESS, List.of(TrafficRule.Peer.cidr("0.0.0.0/0")),
                        List.of(TrafficRule.Port.tcp(443)))));
    }

    static List<Map<String, Object>> ruleGroups(ClusterHandle cluster, AddonLock lock) {
        String runbooks = cluster.environment().spec().addons().monitoring().runbookBaseUrl();
        return PlatformAlerts.groups(cluster, lock).entrySet().stream().map(group -> Map.<String, Object>of(
                "name", group.getKey(),
                "rules", group.getValue().stream().map(rule -> rule.toRule(runbooks)).toList())).toList();
    }

    /** Slipway's default class of the slot's cloud, whose volumes carry the slot's cost tags. */
    static String storageClass(ClusterHandle cluster) {
        return cluster.gcp().isPresent() ? LabelledStorageClass.NAME : EncryptedStorageClass.NAME;
    }

    static Map<String, Object> values(ClusterHandle cluster) {
        var spec = cluster.environment().spec().addons().monitoring();
        var values = new LinkedHashMap<String, Object>();
        values.put("prometheus", Map.of("prometheusSpec", Map.of(
                "retention", spec.retention(),
                "storageSpec", Map.of("volumeClaimTemplate", Map.of("spec", Map.of(
                        // Named, not left to the default: on GKE its own standard-rwo is a default class too.
                        "storageClassName", storageClass(cluster),
                        "accessModes", List.of("ReadWriteOnce"),
                        "resources", Map.of("requests", Map.of("storage", spec.storageGb() + "Gi"))))),
                // Select every ServiceMonitor, PodMonitor and PrometheusRule, not only this release's:
                // the other add-ons and Slipway's alerts are separate releases.
                "serviceMonitorSelectorNilUsesHelmValues", false,
                "podMonitorSelectorNilUsesHelmValues", false,
                "ruleSelectorNilUsesHelmValues", false)));
        values.put("grafana", Map.of("admin", Map.of(
                "existingSecret", GRAFANA_ADMIN_SECRET, "userKey", "admin-user", "passwordKey", "admin-password")));
        values.put("kube-state-metrics", Map.of("metricLabelsAllowlist", List.of(PlatformAlerts.SPOT_NODE_LABELS)));
        // EKS and GKE run the control plane: its components cannot be scraped and would only raise TargetDown.
        values.put("kubeControllerManager", Map.of("enabled", false));
        values.put("kubeScheduler", Map.of("enabled", false));
        values.put("kubeEtcd", Map.of("enabled", false));
        if (cluster.gcp().isPresent()) {
            // GKE Dataplane V2 has no kube-proxy to scrape.
            values.put("kubeProxy", Map.of("enabled", false));
        }
        return values;
    }

    /** The release, whose CRDs (ServiceMonitor, PrometheusRule) other add-ons use. */
    public Release release() {
        return release;
    }
}
