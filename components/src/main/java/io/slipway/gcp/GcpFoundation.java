package io.slipway.gcp;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.cluster.FoundationExports;
import io.slipway.gcp.dns.CloudDnsZone;
import io.slipway.gcp.dns.CloudDnsZoneArgs;
import io.slipway.gcp.kms.EnvironmentKeys;
import io.slipway.gcp.kms.EnvironmentKeysArgs;
import io.slipway.gcp.logging.EnvironmentLogs;
import io.slipway.gcp.logging.EnvironmentLogsArgs;
import io.slipway.model.EnvironmentSpec;
import io.slipway.gcp.network.GcpNetwork;
import io.slipway.gcp.network.GcpNetworkArgs;
import io.slipway.gcp.storage.SecureBucket;
import io.slipway.gcp.storage.SecureBucketArgs;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a GCP environment's cluster slots share and outlive: the network, the Cloud DNS zone, the
 * KMS keys (etcd secrets, backups), the backups bucket (under a retention policy, usage-logged) and
 * the environment's logs. Zone, keys and buckets are protected, so tearing down a slot, or a mistaken
 * change, never takes data or the domain's delegation with it.
 */
public final class GcpFoundation extends ComponentResource implements GcpFoundationOutputs {
    public static final String TYPE = "slipway:gcp:GcpFoundation";
    private static final int MAX_BUCKET_NAME = 63;

    private final GcpNetwork network;
    private final CloudDnsZone zone;
    private final EnvironmentKeys keys;
    private final SecureBucket backups;
    private final EnvironmentLogs logs;

    public GcpFoundation(EnvironmentContext environment, ComponentResourceOptions options) {
        super(TYPE, environment.name(), options);
        var spec = environment.spec();
        var gcp = spec.gcp();
        if (gcp == null) {
            throw new IllegalArgumentException("environment '" + environment.name() + "' has cloud gcp but no 'gcp' settings");
        }
        String env = environment.name();
        var child = ComponentResourceOptions.builder().parent(this).build();
        this.network = new GcpNetwork(env, GcpNetworkArgs.of(environment), child);
        this.zone = new CloudDnsZone(env + "-zone", new CloudDnsZoneArgs(gcp.project(), spec.domain(),
                environment.gcpLabels(EnvironmentContext.SHARED_SLOT, "dns")), child);
        this.keys = new EnvironmentKeys(env + "-keys", EnvironmentKeysArgs.of(environment), child);
        int logDays = spec.logs().retentionDaysFor(spec.tier());
        // The backups key encrypts the usage logs too: they describe access to the backups.
        this.logs = new EnvironmentLogs(env + "-logs", new EnvironmentLogsArgs(gcp.project(), env, spec.region(), logDays,
                List.of(environment.clusterName(EnvironmentSpec.BLUE), environment.clusterName(EnvironmentSpec.GREEN)),
                gcp.existingNetwork() == null ? GcpNetwork.subnetworkName(env, spec.region()) : null,
                bucketName(gcp.project(), env, "-logs"), keys.backupsKey(),
                environment.gcpLabels(EnvironmentContext.SHARED_SLOT, "logs")), child);
        // A retention policy of the lock's length: no one, Velero's identity included, deletes or
        // replaces a backup object younger than that (GCS then refuses versioning, which it replaces).
        this.backups = new SecureBucket(env + "-backups", new SecureBucketArgs(gcp.project(),
                backupsBucketName(gcp.project(), env), spec.region(), keys.backupsKey(),
                environment.gcpLabels(EnvironmentContext.SHARED_SLOT, "backups"),
                spec.addons().backups().retentionDays(), spec.addons().backups().lockDaysFor(spec.tier()), null,
                logs.usageLogBucket()), child);
        registerOutputs(Map.of(
                "network", network.network(),
                "dnsZone", zone.zoneName(),
                "nameServers", zone.nameServers(),
                "backupsBucket", backups.bucketName(),
                "logsBucket", logsBucket()));
    }

    /** {@code <project>-<env>-backups}: bucket names are global, the project id makes them unique. */
    static String backupsBucketName(String project, String environment) {
        return bucketName(project, environment, "-backups");
    }

    /** {@code <project>-<env><suffix>}, shortened before the suffix to GCS's 63 characters. */
    static String bucketName(String project, String environment, String suffix) {
        String name = (project + "-" + environment + suffix).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
        return name.length() <= MAX_BUCKET_NAME ? name
                : name.substring(0, MAX_BUCKET_NAME - suffix.length()).replaceAll("-+$", "") + suffix;
    }

    @Override
    public Resource resource() {
        return this;
    }

    @Override
    public Output<String> dnsZoneId() {
        return zone.zoneName();
    }

    @Override
    public Output<List<String>> nameServers() {
        return zone.nameServers();
    }

    @Override
    public Output<String> backupsBucket() {
        return backups.bucketName();
    }

    @Override
    public Map<String, Output<?>> exports() {
        return Map.of(
                FoundationExports.GCP_NETWORK, networkId(),
                FoundationExports.GCP_SUBNETWORK, subnetworkId(),
                FoundationExports.GCP_PODS_RANGE, podsRangeName(),
                FoundationExports.GCP_SERVICES_RANGE, servicesRangeName(),
                FoundationExports.GCP_CLUSTER_SECRETS_KEY, clusterSecretsKey());
    }

    @Override
    public Output<String> networkId() {
        return network.network();
    }

    @Override
    public Output<String> subnetworkId() {
        return network.subnetwork();
    }

    @Override
    public Output<String> podsRangeName() {
        return network.podsRangeName();
    }

    @Override
    public Output<String> servicesRangeName() {
        return network.servicesRangeName();
    }

    @Override
    public Output<String> clusterSecretsKey() {
        return keys.clusterSecretsKey();
    }

    @Override
    public Output<String> logsBucket() {
        return logs.usageLogBucket();
    }

    public GcpNetwork network() {
        return network;
    }

    public EnvironmentKeys keys() {
        return keys;
    }

    public CloudDnsZone zone() {
        return zone;
    }
}
