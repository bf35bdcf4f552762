package io.slipway.addons.backups;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.addons.AddonArgs;
import io.slipway.addons.PinnedRelease;
import io.slipway.addons.lock.Addon;
import io.slipway.addons.lock.AddonPin;
import io.slipway.addons.monitoring.AddonServiceMonitor;
import io.slipway.addons.namespaces.PlatformNamespace;
import io.slipway.addons.namespaces.PlatformNamespaceArgs;
import io.slipway.addons.namespaces.PlatformTraffic;
import io.slipway.addons.namespaces.PodSecurityLevel;
import io.slipway.addons.namespaces.TrafficRule;
import io.slipway.cluster.ClusterHandle;
import io.slipway.model.addons.BackupsSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Velero with the AWS or GCP plugin, backing the whole cluster up on a schedule into the
 * environment's backups bucket. Both slots write under the same prefix, so a new slot sees (and
 * can restore) the old slot's backups; schedules are named per slot so they never collide.
 */
public final class Velero extends ComponentResource {
    public static final String TYPE = "slipway:addons:Velero";
    public static final String NAMESPACE = "velero";
    public static final String SERVICE_ACCOUNT = "velero";
    static final String PREFIX = "velero";
    /** The Velero server's metrics port (the chart's {@code prometheus.io/port}). */
    static final int METRICS_PORT = 8085;
    /** Velero's image user; the volumes it writes (plugins, scratch) are emptyDirs, writable through fsGroup. */
    static final int NONROOT_ID = 65532;
    static final Map<String, Object> RESTRICTED_POD = Map.of(
            "runAsNonRoot", true, "runAsUser", NONROOT_ID, "runAsGroup", NONROOT_ID, "fsGroup", NONROOT_ID,
            "seccompProfile", Map.of("type", "RuntimeDefault"));
    static final Map<String, Object> RESTRICTED_CONTAINER = Map.of(
            "allowPrivilegeEscalation", false, "capabilities", Map.of("drop", List.of("ALL")));

    /**
     * @param monitoring the monitoring release that scrapes Velero (the backup alerts need it), if any: only
     *                   Velero's ServiceMonitor waits for it
     */
    public Velero(String name, AddonArgs args, Optional<Resource> monitoring, ComponentResourceOptions options) {
        super(TYPE, name, options);
        boolean scrapedByMonitoring = monitoring.isPresent();
        var cluster = args.cluster();
        var spec = cluster.environment().spec().addons().backups();
        Map<String, Object> values;
        if (cluster.aws().isPresent()) {
            var roleArn = VeleroIdentity.aws(name, cluster, spec.volumeSnapshots(), this);
            values = values(cluster, spec, "aws", args.lock().pin(Addon.VELERO).image("aws"),
                    Map.of("eks.amazonaws.com/role-arn", roleArn),
                    Map.of("region", cluster.aws().get().region()),
                    Map.of("region", cluster.aws().get().region()));
        } else {
            var email = VeleroIdentity.gcp(name, cluster, spec.volumeSnapshots(), this);
            values = values(cluster, spec, "gcp", args.lock().pin(Addon.VELERO).image("gcp"),
                    Map.of("iam.gke.io/gcp-service-account", email),
                    Map.of("serviceAccount", email),
                    Map.of("project", cluster.gcp().orElseThrow().project()));
        }
        var namespace = new PlatformNamespace(name + "-namespace", namespace(cluster, scrapedByMonitoring),
                ComponentResourceOptions.builder().parent(this).build());
        var pin = args.lock().pin(Addon.VELERO);
        var release = PinnedRelease.install(name, pin, namespace, values, PinnedRelease.DEFAULT_TIMEOUT_SECONDS, args, this);
        monitoring.ifPresent(prometheus -> serviceMonitor(pin).register(name + "-service-monitor", cluster, prometheus, release, this));
        registerOutputs(Map.of());
    }

    /**
     * What the chart's ServiceMonitor (templates/servicemonitor.yaml of 11.4.0) would be: named after
     * the release, selecting its metrics Service by the chart's selector labels, scraping the
     * {@code http-monitoring} port at the chart's default interval and timeout.
     */
    static AddonServiceMonitor serviceMonitor(AddonPin pin) {
        return new AddonServiceMonitor(PinnedRelease.fullname(pin), NAMESPACE,
                Map.of("app.kubernetes.io/name", pin.chart(), "app.kubernetes.io/instance", PinnedRelease.releaseName(pin)),
                Map.of("port", "http-monitoring", "interval", "30s", "scrapeTimeout", "10s"));
    }

    /** Restricted Pod Security (see {@link #RESTRICTED_CONTAINER}); Velero talks to the API and its cloud's APIs only. */
    static PlatformNamespaceArgs namespace(ClusterHandle cluster, boolean scrapedByMonitoring) {
        var allowances = new ArrayList<TrafficRule>();
        if (scrapedByMonitoring) {
            allowances.add(PlatformTraffic.scrapedByMonitoring(METRICS_PORT));
        }
        allowances.add(PlatformTraffic.dns());
        allowances.add(PlatformTraffic.apiServer(cluster));
        allowances.addAll(PlatformTraffic.cloudApis(cluster));
        return new PlatformNamespaceArgs(cluster, NAMESPACE, PodSecurityLevel.RESTRICTED, allowances);
    }

    static Map<String, Object> values(ClusterHandle cluster, BackupsSpec spec, String provider,
                                      String pluginImage, Map<String, Output<String>> serviceAccountAnnotations,
                                      Map<String, Object> storageConfig, Map<String, Object> snapshotConfig) {
        var values = new LinkedHashMap<String, Object>();
        values.put("initContainers", List.of(Map.of(
                "name", "velero-plugin-for-" + provider,
                "image", pluginImage,
                "securityContext", RESTRICTED_CONTAINER,
                "volumeMounts", List.of(Map.of("mountPath", "/target", "name", "plugins")))));
        // The chart sets no security context; these make the server, the plugin copy and the CRD
        // upgrade job (which reuses both) pass the restricted Pod Security level.
        values.put("podSecurityContext", RESTRICTED_POD);
        values.put("containerSecurityContext", RESTRICTED_CONTAINER);
        values.put("configuration", Map.of(
                "backupStorageLocation", List.of(Map.of(
                        "name", "default", "provider", provider, "default", true,
                        "bucket", cluster.foundation().backupsBucket(), "prefix", PREFIX, "config", storageConfig)),
                "volumeSnapshotLocation", List.of(Map.of("name", "default", "provider", provider, "config", snapshotConfig))));
        // The pod's cloud identity (IRSA / Workload Identity) replaces a key file.
        values.put("credentials", Map.of("useSecret", false));
        values.put("serviceAccount", Map.of("server", Map.of("name", SERVICE_ACCOUNT, "annotations", serviceAccountAnnotations)));
        values.put("snapshotsEnabled", spec.volumeSnapshots());
        values.put("schedules", Map.of(VeleroSchedule.key(cluster.slot()), Map.of(
                "schedule", spec.schedule(),
                "useOwnerReferencesInBackup", false,
                "template", Map.of(
                        "ttl", ttl(spec.retentionDays()),
                        "storageLocation", "default",
                        "snapshotVolumes", spec.volumeSnapshots()))));
        // Slipway makes the ServiceMonitor (see serviceMonitor): the chart's would make the release wait for monitoring.
        values.put("metrics", Map.of("enabled", true, "serviceMonitor", Map.of("enabled", false)));
        return values;
    }

    /**
     * Velero's backup TTL, a Go duration in hours. Computed in long arithmetic that fails loudly rather
     * than wrapping: a wrapped, negative TTL would make every backup expire as it is made. Validation
     * bounds retention to 3650 days, far below Go's ~2.56 million hour limit.
     */
    static String ttl(int retentionDays) {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("backups.retentionDays must be 1 or more, not " + retentionDays);
        }
        return Math.multiplyExact((long) retentionDays, 24L) + "h0m0s";
    }
}
