package io.slipway.gcp.gke;

import com.pulumi.core.Output;
import com.pulumi.gcp.container.Cluster;
import com.pulumi.gcp.container.ClusterArgs;
import com.pulumi.gcp.container.inputs.ClusterAuthenticatorGroupsConfigArgs;
import com.pulumi.gcp.container.inputs.ClusterClusterAutoscalingArgs;
import com.pulumi.gcp.container.inputs.ClusterCostManagementConfigArgs;
import com.pulumi.gcp.container.inputs.ClusterDatabaseEncryptionArgs;
import com.pulumi.gcp.container.inputs.ClusterIpAllocationPolicyArgs;
import com.pulumi.gcp.container.inputs.ClusterLoggingConfigArgs;
import com.pulumi.gcp.container.inputs.ClusterMaintenancePolicyArgs;
import com.pulumi.gcp.container.inputs.ClusterMaintenancePolicyDailyMaintenanceWindowArgs;
import com.pulumi.gcp.container.inputs.ClusterMasterAuthArgs;
import com.pulumi.gcp.container.inputs.ClusterMasterAuthClientCertificateConfigArgs;
import com.pulumi.gcp.container.inputs.ClusterMasterAuthorizedNetworksConfigArgs;
import com.pulumi.gcp.container.inputs.ClusterMasterAuthorizedNetworksConfigCidrBlockArgs;
import com.pulumi.gcp.container.inputs.ClusterMonitoringConfigArgs;
import com.pulumi.gcp.container.inputs.ClusterNodeConfigArgs;
import com.pulumi.gcp.container.inputs.ClusterNodeConfigShieldedInstanceConfigArgs;
import com.pulumi.gcp.container.inputs.ClusterNodeConfigWorkloadMetadataConfigArgs;
import com.pulumi.gcp.container.inputs.ClusterPrivateClusterConfigArgs;
import com.pulumi.gcp.container.inputs.ClusterReleaseChannelArgs;
import com.pulumi.gcp.container.inputs.ClusterWorkloadIdentityConfigArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.slipway.cluster.EnvironmentContext;
import java.util.List;
import java.util.Map;

/**
 * A GKE Standard control plane, locked down: private nodes, a private endpoint (or a public one
 * limited to authorized networks), Workload Identity, shielded nodes, Dataplane V2 (eBPF network
 * policy enforcement), intranode visibility (pod-to-pod traffic on one node passes the VPC, so
 * flow logs and firewall rules see it), etcd secrets encrypted with a Cloud KMS key, no legacy ABAC
 * and no client certificates, and Google Groups for RBAC when the environment names its group. Node pools are separate resources ({@link GkeNodePool}), so the default pool is
 * removed right after creation.
 */
public final class GkeCluster extends ComponentResource {
    public static final String TYPE = "slipway:gcp:GkeCluster";
    public static final String CLOUD_PLATFORM_SCOPE = "https://www.googleapis.com/auth/cloud-platform";
    public static final String DATAPLANE_V2 = "ADVANCED_DATAPATH";
    public static final String GKE_METADATA = "GKE_METADATA";

    private final Output<String> clusterName;
    private final Output<String> endpoint;
    private final Output<String> caCertificate;
    private final String workloadPool;

    public GkeCluster(String name, GkeClusterArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var version = args.version();
        var cluster = new Cluster(name, ClusterArgs.builder()
                .project(args.project())
                .name(args.clusterName())
                .location(args.location())
                .description("Slipway cluster " + args.clusterName())
                .network(args.network())
                .subnetwork(args.subnetwork())
                .networkingMode("VPC_NATIVE")
                .ipAllocationPolicy(ClusterIpAllocationPolicyArgs.builder()
                        .clusterSecondaryRangeName(args.podsRangeName())
                        .servicesSecondaryRangeName(args.servicesRangeName())
                        .build())
                .releaseChannel(ClusterReleaseChannelArgs.builder().channel(version.releaseChannel()).build())
                .minMasterVersion(version.minMasterVersion())
                .privateClusterConfig(ClusterPrivateClusterConfigArgs.builder()
                        .enablePrivateNodes(true)
                        .enablePrivateEndpoint(args.privateEndpoint())
                        .masterIpv4CidrBlock(args.masterCidr())
                        .build())
                .masterAuthorizedNetworksConfig(authorizedNetworks(args.publicCidrs()))
                .workloadIdentityConfig(ClusterWorkloadIdentityConfigArgs.builder().workloadPool(args.workloadPool()).build())
                .enableShieldedNodes(true)
                // Google Groups for RBAC: team owners named as group:<email> resolve through this group's members.
                .authenticatorGroupsConfig(Output.ofNullable(args.rbacSecurityGroup() == null ? null
                        : ClusterAuthenticatorGroupsConfigArgs.builder().securityGroup(args.rbacSecurityGroup()).build()))
                // Dataplane V2 enforces NetworkPolicy itself; the Calico network policy add-on must stay off with it.
                .datapathProvider(DATAPLANE_V2)
                .enableIntranodeVisibility(true)
                .databaseEncryption(ClusterDatabaseEncryptionArgs.builder().state("ENCRYPTED").keyName(args.secretsKey()).build())
                .enableLegacyAbac(false)
                .masterAuth(ClusterMasterAuthArgs.builder()
                        .clientCertificateConfig(ClusterMasterAuthClientCertificateConfigArgs.builder()
                                .issueClientCertificate(false).build())
                        .build())
                .loggingConfig(ClusterLoggingConfigArgs.builder()
                        .enableComponents("SYSTEM_COMPONENTS", "APISERVER", "CONTROLLER_MANAGER", "SCHEDULER", "WORKLOADS")
                        .build())
                .monitoringConfig(ClusterMonitoringConfigArgs.builder()
                        .enableComponents("SYSTEM_COMPONENTS", "APISERVER", "CONTROLLER_MANAGER", "SCHEDULER")
                        .build())
                .maintenancePolicy(ClusterMaintenancePolicyArgs.builder()
                        .dailyMaintenanceWindow(ClusterMaintenancePolicyDailyMaintenanceWindowArgs.builder()
                                .startTime(args.maintenanceStartTime()).build())
                        .build())
                .deletionProtection(args.deletionProtection())
                .clusterAutoscaling(Output.ofNullable(args.autoscalingProfile() == null ? null : ClusterClusterAutoscalingArgs.builder()
                        // false turns off node auto-provisioning only; the profile still steers pool autoscaling.
                        .enabled(false)
                        .autoscalingProfile(args.autoscalingProfile())
                        .build()))
                // GKE cost allocation splits the bill by namespace and label, what teams are charged by.
                .costManagementConfig(ClusterCostManagementConfigArgs.builder().enabled(true).build())
                .removeDefaultNodePool(true)
                .initialNodeCount(1)
                .nodeConfig(bootstrapPool(args))
                .resourceLabels(args.labels())
                .build(), CustomResourceOptions.builder()
                        .parent(this)
                        // GKE reports the removed default pool's node config differently from what was
                        // sent, and a diff there replaces the cluster (terraform-provider-google#12070).
                        .ignoreChanges("nodeConfig")
                        .build());

        this.clusterName = cluster.name();
        this.endpoint = cluster.endpoint();
        this.caCertificate = cluster.masterAuth().applyValue(auth -> auth.clusterCaCertificate().orElse(""));
        this.workloadPool = args.workloadPool();
        registerOutputs(Map.of(
                "clusterName", clusterName,
                "endpoint", endpoint,
                "caCertificate", caCertificate,
                "workloadPool", Output.of(workloadPool)));
    }

    /**
     * Authorized networks are always on: with a private endpoint and no CIDRs only the cluster's own
     * network reaches the API; with public CIDRs exactly those do. Google's own public ranges get no
     * blanket access either way.
     */
    private static ClusterMasterAuthorizedNetworksConfigArgs authorizedNetworks(List<String> publicCidrs) {
        return ClusterMasterAuthorizedNetworksConfigArgs.builder()
                .gcpPublicCidrsAccessEnabled(false)
                .cidrBlocks(publicCidrs.stream()
                        .map(cidr -> ClusterMasterAuthorizedNetworksConfigCidrBlockArgs.builder()
                                .cidrBlock(cidr).displayName("slipway-api-access-" + cidr.replaceAll("[./]", "-")).build())
                        .toList())
                .build();
    }

    /**
     * GKE always creates a default pool before it can be removed. Even for those minutes it runs as
     * the dedicated node account with the same hardening as every pool, never the Compute default.
     * Its labels leave out an ephemeral environment's expiry: {@code dev extend} moves it, and a change
     * of the cluster's {@code nodeConfig} replaces the cluster (replacement-rules.csv). The cluster's own
     * {@code resourceLabels}, updated in place, carry the expiry.
     */
    private static ClusterNodeConfigArgs bootstrapPool(GkeClusterArgs args) {
        return ClusterNodeConfigArgs.builder()
                .serviceAccount(args.nodeServiceAccount())
                .oauthScopes(CLOUD_PLATFORM_SCOPE)
                .shieldedInstanceConfig(ClusterNodeConfigShieldedInstanceConfigArgs.builder()
                        .enableSecureBoot(true).enableIntegrityMonitoring(true).build())
                .workloadMetadataConfig(ClusterNodeConfigWorkloadMetadataConfigArgs.builder().mode(GKE_METADATA).build())
                .resourceLabels(EnvironmentContext.withoutExpiry(args.labels()))
                .build();
    }

    /** The cluster's name as GKE knows it. */
    public Output<String> clusterName() {
        return clusterName;
    }

    /** The API server's address (the private one when the endpoint is private), without scheme. */
    public Output<String> endpoint() {
        return endpoint;
    }

    /** The cluster CA, base64 PEM. */
    public Output<String> caCertificate() {
        return caCertificate;
    }

    /** The Workload Identity pool, {@code <project>.svc.id.goog}. */
    public String workloadPool() {
        return workloadPool;
    }
}
