package io.slipway.gcp.gke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gcp.GcpTestbed;
import io.slipway.model.Capacity;
import io.slipway.model.NodePoolSpec;
import io.slipway.offline.OfflineResult;
import io.slipway.offline.RegisteredResource;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class GkeNodePoolTest {
    private static final String NODE_POOL = "gcp:container/nodePool:NodePool";

    private static OfflineResult plan(Consumer<ObjectNode> edit) {
        var planned = GcpTestbed.plan(GcpTestbed.spec(edit));
        assertThat(planned.errors()).isEmpty();
        return planned.result();
    }

    private static RegisteredResource pool(OfflineResult result, String gkeName) {
        return result.ofType(NODE_POOL).stream().filter(p -> gkeName.equals(p.inputs().get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no GKE pool " + gkeName + " in " + result.ofType(NODE_POOL).stream()
                        .map(p -> p.inputs().get("name")).toList()));
    }

    @Test
    void spotPoolBecomesOnePoolPerMachineTypePlusAnOnDemandFallback() {
        // GIVEN a spot pool over three machine types, min 2, max 7, desired 4 (zonal cluster)
        // WHEN planned
        var result = plan(tree -> { });

        // THEN there is one spot pool per machine type, sharing min and desired, each able to grow to ceil(7/3)
        var e2 = pool(result, "workers-e2-standard-4");
        var n2 = pool(result, "workers-n2-standard-4");
        var n2d = pool(result, "workers-n2d-standard-4");
        assertThat(List.of(e2, n2, n2d)).allSatisfy(p -> {
            assertThat(p.require("nodeConfig.spot")).isEqualTo(true);
            assertThat(p.require("autoscaling.totalMaxNodeCount")).isEqualTo(3L);
            assertThat(p.require("autoscaling.locationPolicy")).isEqualTo("ANY");
        });
        assertThat(e2.require("nodeConfig.machineType")).isEqualTo("e2-standard-4");
        assertThat(n2d.require("nodeConfig.machineType")).isEqualTo("n2d-standard-4");
        assertThat(List.of(e2, n2, n2d)).extracting(p -> p.require("autoscaling.totalMinNodeCount")).containsExactly(1L, 1L, 0L);
        assertThat(List.of(e2, n2, n2d)).extracting(p -> p.require("initialNodeCount")).containsExactly(2L, 1L, 1L);
        // AND an on-demand fallback of the first type starts empty and can take the whole pool
        var fallback = pool(result, "workers-on-demand");
        assertThat(fallback.require("nodeConfig.spot")).isEqualTo(false);
        assertThat(fallback.require("nodeConfig.machineType")).isEqualTo("e2-standard-4");
        assertThat(fallback.require("autoscaling.totalMinNodeCount")).isEqualTo(0L);
        assertThat(fallback.require("autoscaling.totalMaxNodeCount")).isEqualTo(7L);
        assertThat(fallback.require("initialNodeCount")).isEqualTo(0L);
        // AND nothing else: the system pool and these four
        assertThat(result.ofType(NODE_POOL)).hasSize(5);
    }

    @Test
    void onDemandSingleTypePoolKeepsItsNameAndCounts() {
        // GIVEN the on-demand system pool, min 1, max 3, desired 2 WHEN planned
        var system = pool(plan(tree -> { }), "system");

        // THEN it is one GKE pool with those totals
        assertThat(system.require("nodeConfig.spot")).isEqualTo(false);
        assertThat(system.require("nodeConfig.machineType")).isEqualTo("e2-standard-2");
        assertThat(system.require("autoscaling.totalMinNodeCount")).isEqualTo(1L);
        assertThat(system.require("autoscaling.totalMaxNodeCount")).isEqualTo(3L);
        assertThat(system.require("autoscaling.locationPolicy")).isEqualTo("BALANCED");
        assertThat(system.require("initialNodeCount")).isEqualTo(2L);
    }

    @Test
    void regionalPoolsTurnTheDesiredTotalIntoAPerZoneCount() {
        // GIVEN a regional cluster WHEN planned
        var system = pool(plan(tree -> ((ObjectNode) tree.get("gcp")).put("locationMode", "regional")), "system");

        // THEN GKE's per-zone initial count covers the desired total over three zones, totals stay totals
        assertThat(system.require("initialNodeCount")).isEqualTo(1L);
        assertThat(system.require("autoscaling.totalMaxNodeCount")).isEqualTo(3L);
        assertThat(system.require("location")).isEqualTo("europe-west1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyPoolIsHardened() {
        // GIVEN the base environment WHEN planned
        var pools = plan(tree -> { }).ofType(NODE_POOL);

        // THEN every pool runs COS on shielded pd-balanced VMs as the node account with only the cloud-platform scope
        assertThat(pools).isNotEmpty().allSatisfy(p -> {
            assertThat(p.require("nodeConfig.imageType")).isEqualTo("COS_CONTAINERD");
            assertThat(p.require("nodeConfig.diskType")).isEqualTo("pd-balanced");
            assertThat(p.require("nodeConfig.workloadMetadataConfig.mode")).isEqualTo("GKE_METADATA");
            assertThat(p.require("nodeConfig.shieldedInstanceConfig.enableSecureBoot")).isEqualTo(true);
            assertThat(p.require("nodeConfig.shieldedInstanceConfig.enableIntegrityMonitoring")).isEqualTo(true);
            assertThat(p.require("nodeConfig.serviceAccount")).isEqualTo("dev-blue-nodes@acme-platform-dev.iam.gserviceaccount.com");
            assertThat((List<Object>) p.require("nodeConfig.oauthScopes")).containsExactly("https://www.googleapis.com/auth/cloud-platform");
            assertThat(p.require("management.autoRepair")).isEqualTo(true);
            assertThat(p.require("management.autoUpgrade")).isEqualTo(true);
            assertThat(p.input("version")).isEmpty();
            assertThat(p.require("cluster")).isEqualTo("dev-blue");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void labelsTaintsDiskAndCostLabelsFromTheSpec() {
        // GIVEN the workers pool with a label, a taint and 80 GiB disks WHEN planned
        var e2 = pool(plan(tree -> { }), "workers-e2-standard-4");

        // THEN the Kubernetes labels and taints are on the nodes, and the VMs carry cost labels
        assertThat((Map<String, Object>) e2.require("nodeConfig.labels")).containsExactly(Map.entry("workload", "general"));
        assertThat(e2.require("nodeConfig.taints.0.key")).isEqualTo("spot");
        assertThat(e2.require("nodeConfig.taints.0.value")).isEqualTo("true");
        assertThat(e2.require("nodeConfig.taints.0.effect")).isEqualTo("NO_SCHEDULE");
        assertThat(e2.require("nodeConfig.diskSizeGb")).isEqualTo(80L);
        assertThat((Map<String, Object>) e2.require("nodeConfig.resourceLabels"))
                .containsEntry("team", "platform").containsEntry("slipway-slot", "blue")
                .containsEntry("slipway-component", "gke-node-pool").containsEntry("slipway-node-pool", "workers");
    }

    @Test
    void exactVersionPinsNodesAndStopsAutoUpgrade() {
        // GIVEN an exact GKE version WHEN planned
        var pools = plan(tree -> ((ObjectNode) tree.at("/slots/blue")).put("kubernetesVersion", "1.34.1-gke.1829001")).ofType(NODE_POOL);

        // THEN every pool runs exactly that version and does not move on its own
        assertThat(pools).isNotEmpty().allSatisfy(p -> {
            assertThat(p.require("version")).isEqualTo("1.34.1-gke.1829001");
            assertThat(p.require("management.autoUpgrade")).isEqualTo(false);
            assertThat(p.require("management.autoRepair")).isEqualTo(true);
        });
    }

    @Test
    void splitOfSmallMaxStillLetsEverySpotPoolGrow() {
        // GIVEN a spot pool with more machine types than its max
        var pool = new NodePoolSpec("burst", false, Capacity.SPOT, List.of("e2-standard-4", "n2-standard-4", "n2d-standard-4"),
                0, 2, null, null, null, null);

        // WHEN it is split
        var shapes = GkePoolShape.of(pool);

        // THEN each spot pool may still add a node and the fallback carries the whole max
        assertThat(shapes).extracting(GkePoolShape::name)
                .containsExactly("burst-e2-standard-4", "burst-n2-standard-4", "burst-n2d-standard-4", "burst-on-demand");
        assertThat(shapes).extracting(GkePoolShape::totalMax).containsExactly(1, 1, 1, 2);
        assertThat(shapes).extracting(GkePoolShape::totalMin).containsExactly(0, 0, 0, 0);
    }

    @Test
    void poolNamesLongerThanGkeAllowsAreRefusedWithTheirName() {
        // GIVEN a pool whose derived GKE name exceeds 40 characters
        var pool = new NodePoolSpec("analytics-nightly-batch-workers", false, Capacity.SPOT, List.of("n2-highmem-16"),
                0, 2, null, null, null, null);

        // WHEN it is split THEN the message names the pool name and the limit
        assertThatThrownBy(() -> GkePoolShape.of(pool))
                .hasMessageContaining("analytics-nightly-batch-workers-n2-highmem-16").hasMessageContaining("40");
    }
}
