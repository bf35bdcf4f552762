package io.slipway.gcp.gke;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gcp.GcpTestbed;
import io.slipway.offline.RegisteredResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GkeClusterTest {
    private static final String CLUSTER = "gcp:container/cluster:Cluster";

    private static RegisteredResource cluster(java.util.function.Consumer<ObjectNode> edit) {
        var planned = GcpTestbed.plan(GcpTestbed.spec(edit));
        assertThat(planned.errors()).isEmpty();
        return planned.result().single(CLUSTER);
    }

    @Test
    @SuppressWarnings("unchecked")
    void locksDownIdentityNetworkAndEncryption() {
        // GIVEN the base dev environment
        // WHEN it is planned
        var planned = GcpTestbed.plan(GcpTestbed.spec());
        var cluster = planned.result().single(CLUSTER);

        // THEN Workload Identity uses the project's pool
        assertThat(cluster.require("workloadIdentityConfig.workloadPool")).isEqualTo("acme-platform-dev.svc.id.goog");
        // AND nodes are private, on the configured control plane range
        assertThat(cluster.require("privateClusterConfig.enablePrivateNodes")).isEqualTo(true);
        assertThat(cluster.require("privateClusterConfig.masterIpv4CidrBlock")).isEqualTo("172.16.0.0/28");
        // AND shielded nodes, Dataplane V2, no legacy ABAC, no client certificates
        assertThat(cluster.require("enableShieldedNodes")).isEqualTo(true);
        assertThat(cluster.require("datapathProvider")).isEqualTo("ADVANCED_DATAPATH");
        assertThat(cluster.input("networkPolicy")).isEmpty();
        assertThat(cluster.require("enableLegacyAbac")).isEqualTo(false);
        assertThat(cluster.require("masterAuth.clientCertificateConfig.issueClientCertificate")).isEqualTo(false);
        // AND secrets in etcd are encrypted with the environment's gke-secrets key
        assertThat(cluster.require("databaseEncryption.state")).isEqualTo("ENCRYPTED");
        assertThat(cluster.require("databaseEncryption.keyName"))
                .isEqualTo("projects/acme-platform-dev/locations/europe-west1/keyRings/slipway-dev/cryptoKeys/gke-secrets");
        // AND the cluster is VPC-native on the foundation's subnet and secondary ranges
        assertThat(cluster.require("networkingMode")).isEqualTo("VPC_NATIVE");
        assertThat(cluster.require("network")).isEqualTo("projects/acme-platform-dev/global/networks/dev");
        assertThat(cluster.require("subnetwork")).isEqualTo("projects/acme-platform-dev/regions/europe-west1/subnetworks/dev-europe-west1");
        assertThat(cluster.require("ipAllocationPolicy.clusterSecondaryRangeName")).isEqualTo("pods");
        assertThat(cluster.require("ipAllocationPolicy.servicesSecondaryRangeName")).isEqualTo("services");
        // AND logging and monitoring cover system components, and logging also workloads
        assertThat((List<Object>) cluster.require("loggingConfig.enableComponents")).contains("SYSTEM_COMPONENTS", "WORKLOADS");
        assertThat((List<Object>) cluster.require("monitoringConfig.enableComponents")).contains("SYSTEM_COMPONENTS");
    }

    @Test
    void removesTheDefaultPoolWhoseBootstrapNodesStillRunAsTheNodeAccount() {
        // GIVEN the base environment WHEN it is planned
        var cluster = cluster(tree -> { });

        // THEN the default pool is created with one node and removed
        assertThat(cluster.require("removeDefaultNodePool")).isEqualTo(true);
        assertThat(cluster.require("initialNodeCount")).isEqualTo(1L);
        // AND even its bootstrap nodes use the dedicated account and the GKE metadata server
        assertThat(cluster.require("nodeConfig.serviceAccount")).isEqualTo("dev-blue-nodes@acme-platform-dev.iam.gserviceaccount.com");
        assertThat(cluster.require("nodeConfig.workloadMetadataConfig.mode")).isEqualTo("GKE_METADATA");
        assertThat(cluster.require("nodeConfig.shieldedInstanceConfig.enableSecureBoot")).isEqualTo(true);
    }

    @Test
    void theBootstrapPoolKeepsEveryLabelButAnEphemeralExpiry() {
        // GIVEN an ephemeral environment's labels
        var labels = Map.of("team", "platform", "slipway-ephemeral", "true", "slipway-expires-at", "2026-11-30t17-00-00z");

        // WHEN the bootstrap pool's labels are derived THEN the expiry, which dev extend moves, is not among them:
        // a change of the cluster's nodeConfig replaces the cluster
        assertThat(io.slipway.cluster.EnvironmentContext.withoutExpiry(labels)).containsOnlyKeys("team", "slipway-ephemeral");
    }

    @Test
    void privateEndpointWithoutPublicCidrs() {
        // GIVEN no apiAccess.publicCidrs WHEN planned
        var cluster = cluster(tree -> { });

        // THEN the endpoint is private and no network outside the VPC is authorized, not even Google's
        assertThat(cluster.require("privateClusterConfig.enablePrivateEndpoint")).isEqualTo(true);
        assertThat(cluster.input("masterAuthorizedNetworksConfig.cidrBlocks.0")).isEmpty();
        assertThat(cluster.require("masterAuthorizedNetworksConfig.gcpPublicCidrsAccessEnabled")).isEqualTo(false);
    }

    @Test
    void publicEndpointOnlyForAuthorizedNetworks() {
        // GIVEN two public CIDRs WHEN planned
        var cluster = cluster(tree -> tree.putObject("apiAccess").putArray("publicCidrs").add("203.0.113.0/24").add("198.51.100.7/32"));

        // THEN the public endpoint is on, restricted to exactly those networks
        assertThat(cluster.require("privateClusterConfig.enablePrivateEndpoint")).isEqualTo(false);
        assertThat(cluster.require("masterAuthorizedNetworksConfig.cidrBlocks.0.cidrBlock")).isEqualTo("203.0.113.0/24");
        assertThat(cluster.require("masterAuthorizedNetworksConfig.cidrBlocks.1.cidrBlock")).isEqualTo("198.51.100.7/32");
        assertThat(cluster.input("masterAuthorizedNetworksConfig.cidrBlocks.2")).isEmpty();
        // AND nodes stay private
        assertThat(cluster.require("privateClusterConfig.enablePrivateNodes")).isEqualTo(true);
    }

    @Test
    void minorVersionUsesTheReleaseChannel() {
        // GIVEN kubernetesVersion 1.34 and the STABLE channel WHEN planned
        var cluster = cluster(tree -> ((ObjectNode) tree.get("gcp")).put("releaseChannel", "STABLE"));

        // THEN the channel manages patches from at least 1.34
        assertThat(cluster.require("releaseChannel.channel")).isEqualTo("STABLE");
        assertThat(cluster.require("minMasterVersion")).isEqualTo("1.34");
    }

    @Test
    void exactVersionLeavesTheChannels() {
        // GIVEN an exact GKE version on the slot WHEN planned
        var cluster = cluster(tree -> ((ObjectNode) tree.at("/slots/blue")).put("kubernetesVersion", "1.34.1-gke.1829001"));

        // THEN no release channel moves it and the control plane is pinned
        assertThat(cluster.require("releaseChannel.channel")).isEqualTo("UNSPECIFIED");
        assertThat(cluster.require("minMasterVersion")).isEqualTo("1.34.1-gke.1829001");
    }

    @Test
    void maintenanceWindowFromTheSpec() {
        // GIVEN a maintenance start of 22:30 WHEN planned
        var cluster = cluster(tree -> ((ObjectNode) tree.get("gcp")).put("maintenanceStartTime", "22:30"));

        // THEN the daily window starts then
        assertThat(cluster.require("maintenancePolicy.dailyMaintenanceWindow.startTime")).isEqualTo("22:30");
    }

    @Test
    void intranodeTrafficIsVisibleToTheVpc() {
        // GIVEN / WHEN the base dev cluster
        var cluster = cluster(tree -> { });

        // THEN pod-to-pod traffic on one node goes through the VPC, where flow logs record it
        assertThat(cluster.require("enableIntranodeVisibility")).isEqualTo(true);
    }

    @Test
    void googleGroupsForRbacOnlyWhenTheEnvironmentNamesItsSecurityGroup() {
        // GIVEN the base cluster, and one whose environment names gke-security-groups@acme.example.com
        var plain = cluster(tree -> { });
        var grouped = cluster(tree -> ((ObjectNode) tree.get("gcp")).put("rbacSecurityGroup", "gke-security-groups@acme.example.com"));

        // WHEN / THEN only the second reads Google Groups through that group
        assertThat(plain.input("authenticatorGroupsConfig")).isEmpty();
        assertThat(grouped.require("authenticatorGroupsConfig.securityGroup")).isEqualTo("gke-security-groups@acme.example.com");
    }

    @Test
    void deletionProtectionPerTier() {
        // GIVEN the dev tier, then the prod tier, then dev with an explicit override
        var dev = cluster(tree -> { });
        var prod = cluster(tree -> tree.put("tier", "prod"));
        var devProtected = cluster(tree -> ((ObjectNode) tree.get("gcp")).put("deletionProtection", true));

        // THEN only prod (and an explicit override) refuse deletion
        assertThat(dev.require("deletionProtection")).isEqualTo(false);
        assertThat(prod.require("deletionProtection")).isEqualTo(true);
        assertThat(devProtected.require("deletionProtection")).isEqualTo(true);
    }

    @Test
    void zonalAndRegionalLocations() {
        // GIVEN a zonal and a regional environment WHEN planned
        var zonal = cluster(tree -> { });
        var regional = cluster(tree -> ((ObjectNode) tree.get("gcp")).put("locationMode", "regional").remove("zone"));

        // THEN the zonal cluster lives in its zone and the regional one across the region
        assertThat(zonal.require("location")).isEqualTo("europe-west1-b");
        assertThat(regional.require("location")).isEqualTo("europe-west1");
    }

    @Test
    void autoscalingProfileOnlyWhenTheAutoscalerIsEnabled() {
        // GIVEN the autoscaler on (default) and off
        var on = cluster(tree -> ((ObjectNode) tree.get("gcp")).put("autoscalingProfile", "BALANCED"));
        var off = cluster(tree -> ((ObjectNode) tree.get("addons")).putObject("autoscaler").put("enabled", false));

        // THEN the profile is set without node auto-provisioning, and absent when disabled
        assertThat(on.require("clusterAutoscaling.autoscalingProfile")).isEqualTo("BALANCED");
        assertThat(on.require("clusterAutoscaling.enabled")).isEqualTo(false);
        assertThat(off.input("clusterAutoscaling")).isEmpty();
    }

    @Test
    void labelledForCostAttribution() {
        // GIVEN environment tags WHEN planned
        var cluster = cluster(tree -> { });

        // THEN the cluster carries them plus the slipway attribution labels, and cost allocation is on
        @SuppressWarnings("unchecked")
        var labels = (Map<String, Object>) cluster.require("resourceLabels");
        assertThat(labels).containsEntry("team", "platform").containsEntry("cost-center", "4200")
                .containsEntry("slipway-environment", "dev").containsEntry("slipway-slot", "blue")
                .containsEntry("slipway-component", "gke-cluster");
        assertThat(cluster.require("costManagementConfig.enabled")).isEqualTo(true);
    }

    @Test
    void googleGroupsForRbacWhenTheEnvironmentNamesItsSecurityGroup() {
        // GIVEN an environment with the Google Groups for RBAC security group, and one without
        var groups = cluster(tree -> ((ObjectNode) tree.get("gcp")).put("rbacSecurityGroup", "gke-security-groups@example.com"));
        var none = cluster(tree -> { });

        // THEN the cluster resolves group RoleBinding subjects through it, and the other has no authenticator group
        assertThat(groups.require("authenticatorGroupsConfig.securityGroup")).isEqualTo("gke-security-groups@example.com");
        assertThat(none.input("authenticatorGroupsConfig")).isEmpty();
    }
}
