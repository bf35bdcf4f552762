package io.slipway.gcp.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gcp.GcpTestbed;
import org.junit.jupiter.api.Test;

class GcpNetworkTest {
    @Test
    void customModeVpcWithVpcNativeSubnetAndCloudNat() {
        // GIVEN the base environment (10.20.0.0/20, default pod and service ranges)
        // WHEN planned
        var result = GcpTestbed.plan(GcpTestbed.spec()).result();

        // THEN the VPC creates no subnets of its own
        var vpc = result.single("gcp:compute/network:Network");
        assertThat(vpc.require("autoCreateSubnetworks")).isEqualTo(false);
        assertThat(vpc.require("project")).isEqualTo("acme-platform-dev");
        // AND one subnet in the region holds nodes, pods and services, with Private Google Access and flow logs
        var subnet = result.single("gcp:compute/subnetwork:Subnetwork");
        assertThat(subnet.require("region")).isEqualTo("europe-west1");
        assertThat(subnet.require("ipCidrRange")).isEqualTo("10.20.0.0/20");
        assertThat(subnet.require("secondaryIpRanges.0.rangeName")).isEqualTo("pods");
        assertThat(subnet.require("secondaryIpRanges.0.ipCidrRange")).isEqualTo("10.64.0.0/14");
        assertThat(subnet.require("secondaryIpRanges.1.rangeName")).isEqualTo("services");
        assertThat(subnet.require("secondaryIpRanges.1.ipCidrRange")).isEqualTo("10.68.0.0/20");
        assertThat(subnet.require("privateIpGoogleAccess")).isEqualTo(true);
        assertThat(subnet.require("logConfig.metadata")).isEqualTo("INCLUDE_ALL_METADATA");
        assertThat(subnet.require("network")).isEqualTo("projects/acme-platform-dev/global/networks/dev");
        // AND one regional Cloud NAT behind a router logs its errors
        var router = result.single("gcp:compute/router:Router");
        var nat = result.single("gcp:compute/routerNat:RouterNat");
        assertThat(router.require("region")).isEqualTo("europe-west1");
        assertThat(nat.require("router")).isEqualTo("dev-router");
        assertThat(nat.require("natIpAllocateOption")).isEqualTo("AUTO_ONLY");
        assertThat(nat.require("logConfig.enable")).isEqualTo(true);
        assertThat(nat.require("logConfig.filter")).isEqualTo("ERRORS_ONLY");
        // AND no firewall rule opens anything
        assertThat(result.ofType("gcp:compute/firewall:Firewall")).isEmpty();
    }

    @Test
    void bothNatStrategiesBuildOneRegionalNat() {
        // GIVEN nat: perZone over three zones WHEN planned
        var result = GcpTestbed.plan(GcpTestbed.spec(tree -> ((ObjectNode) tree.get("network"))
                .put("nat", "perZone").put("zones", 3))).result();

        // THEN Cloud NAT, being zone-redundant already, is still one
        assertThat(result.ofType("gcp:compute/routerNat:RouterNat")).hasSize(1);
    }

    @Test
    void existingNetworkCreatesNothingAndIsUsedAsGiven() {
        // GIVEN an existing network with its own range names
        var spec = GcpTestbed.spec(tree -> ((ObjectNode) tree.get("gcp")).putObject("existingNetwork")
                .put("network", "projects/acme-host/global/networks/shared")
                .put("subnetwork", "projects/acme-host/regions/europe-west1/subnetworks/gke")
                .put("podsRangeName", "gke-pods")
                .put("servicesRangeName", "gke-services"));

        // WHEN planned
        var result = GcpTestbed.plan(spec).result();

        // THEN no network resources are created
        assertThat(result.ofType("gcp:compute/network:Network")).isEmpty();
        assertThat(result.ofType("gcp:compute/subnetwork:Subnetwork")).isEmpty();
        assertThat(result.ofType("gcp:compute/router:Router")).isEmpty();
        assertThat(result.ofType("gcp:compute/routerNat:RouterNat")).isEmpty();
        // AND the cluster uses the given network, subnet and ranges
        var cluster = result.single("gcp:container/cluster:Cluster");
        assertThat(cluster.require("network")).isEqualTo("projects/acme-host/global/networks/shared");
        assertThat(cluster.require("subnetwork")).isEqualTo("projects/acme-host/regions/europe-west1/subnetworks/gke");
        assertThat(cluster.require("ipAllocationPolicy.clusterSecondaryRangeName")).isEqualTo("gke-pods");
        assertThat(cluster.require("ipAllocationPolicy.servicesSecondaryRangeName")).isEqualTo("gke-services");
    }
}
