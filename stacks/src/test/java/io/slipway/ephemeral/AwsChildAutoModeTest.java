package io.slipway.ephemeral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.offline.RegisteredResource;
import io.slipway.plan.OfflinePlanner;
import io.slipway.plan.Plan;
import io.slipway.plan.timeline.CreateDurations;
import io.slipway.plan.timeline.Timeline;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An AWS child ({@code dev up NAME --from dev}) runs on EKS Auto Mode, while its parent keeps managed node groups. */
@SuppressWarnings("unchecked")
class AwsChildAutoModeTest extends EphemeralTestbed {
    private static final List<String> REPLACED_BY_AUTO_MODE = List.of(
            "aws:eks/nodeGroup:NodeGroup", "aws:eks/addon:Addon", "aws:ec2/launchTemplate:LaunchTemplate", "aws:autoscaling/tag:Tag");

    private String childJson() {
        return ChildFiles.json(at(T0).prepare(new EphemeralRequest("jane-test", "dev", "jane@example.com", "8h", null)));
    }

    @Test
    void theChildOfDevRunsOnAutoModeWithItsSpotWorkersAsANodePool() {
        // GIVEN the child of the shipped dev environment
        // WHEN it is planned offline
        Plan plan = new OfflinePlanner().plan("jane-test", childJson(), "dev up jane-test");

        // THEN its cluster runs on Auto Mode
        var cluster = single(plan, "aws:eks/cluster:Cluster");
        assertThat(cluster.require("computeConfig.enabled")).isEqualTo(true);
        assertThat(cluster.require("computeConfig.nodePools")).isEqualTo(List.of());
        assertThat(cluster.require("storageConfig.blockStorage.enabled")).isEqualTo(true);
        assertThat(cluster.require("kubernetesNetworkConfig.elasticLoadBalancing.enabled")).isEqualTo(true);
        // AND there is no node group, managed add-on, launch template, load balancer controller or autoscaler
        assertThat(plan.resources()).extracting(RegisteredResource::type).doesNotContainAnyElementsOf(REPLACED_BY_AUTO_MODE);
        assertThat(plan.resources()).filteredOn(r -> r.type().equals("kubernetes:helm.sh/v3:Release"))
                .extracting(r -> (String) r.require("chart"))
                .doesNotContain("aws-load-balancer-controller", "cluster-autoscaler");
        // AND the parent's spot workers are a NodePool asking for spot capacity of the parent's spot types
        var workers = plan.resources().stream().filter(r -> r.type().equals("kubernetes:karpenter.sh/v1:NodePool")
                && !r.require("metadata.name").equals("slipway-system")).collect(onlyOne());
        assertThat((List<Object>) workers.require("spec.template.spec.requirements")).containsExactly(
                Map.of("key", "node.kubernetes.io/instance-type", "operator", "In",
                        "values", List.of("t3.large", "t3a.large", "m5.large", "m5a.large")),
                Map.of("key", "karpenter.sh/capacity-type", "operator", "In", "values", List.of("spot")));
        assertThat(workers.require("spec.template.metadata.labels")).isEqualTo(Map.of("workload", "general"));
        assertThat(workers.require("spec.limits")).isEqualTo(Map.of("cpu", "6", "memory", "24Gi"));
        // AND its nodes come from the child's own NodeClass, which tags every instance and volume as ephemeral
        // and encrypts the volumes with the parent's environment key
        var nodeClass = plan.resources().stream().filter(r -> r.type().equals("kubernetes:eks.amazonaws.com/v1:NodeClass")
                && r.require("metadata.name").equals(workers.require("spec.template.spec.nodeClassRef.name"))).collect(onlyOne());
        // (not with the expiry: dev extend moves it, and a NodeClass whose tags change drifts every node it launched)
        assertThat((Map<String, Object>) nodeClass.require("spec.tags")).containsEntry("slipway:ephemeral", "true")
                .containsEntry("slipway:environment", "jane-test").doesNotContainKey("slipway:expires-at");
        assertThat(nodeClass.require("spec.ephemeralStorage.kmsKeyID").toString()).startsWith("arn:aws:kms:");
    }

    private static java.util.stream.Collector<RegisteredResource, ?, RegisteredResource> onlyOne() {
        return java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), list -> {
            assertThat(list).hasSize(1);
            return list.get(0);
        });
    }

    @Test
    void theParentItselfKeepsManagedNodeGroups() {
        // GIVEN / WHEN the shipped dev environment is planned
        Plan plan = new OfflinePlanner().plan("dev", Path.of("..", "environments", "Pulumi.dev.yaml"));

        // THEN nothing changed for it: node groups and managed add-ons, no Auto Mode
        assertThat(single(plan, "aws:eks/cluster:Cluster").input("computeConfig")).isEmpty();
        assertThat(plan.resources()).extracting(RegisteredResource::type).contains("aws:eks/nodeGroup:NodeGroup", "aws:eks/addon:Addon")
                .doesNotContain("kubernetes:karpenter.sh/v1:NodePool");
    }

    @Test
    void onAutoModeTheChildIsReadySoonerThanOnNodeGroupsAndNoNodeGroupOrAddonIsOnItsCriticalPath() throws Exception {
        // GIVEN the child of dev as shipped (Auto Mode) and the same child with aws.autoMode: false
        var json = new ObjectMapper();
        ObjectNode nodeGroups = (ObjectNode) json.readTree(childJson());
        ((ObjectNode) nodeGroups.get("aws")).put("autoMode", false);

        // WHEN both are timed with the shipped create durations
        var autoMode = timeline(new OfflinePlanner().plan("jane-test", childJson(), "dev up jane-test"));
        var managed = timeline(new OfflinePlanner().plan("jane-test", json.writeValueAsString(nodeGroups), "dev up jane-test"));

        // THEN on Auto Mode the control plane, then the first node launched on demand, decide the path
        assertThat(autoMode.criticalPath()).extracting(s -> s.resource().type())
                .containsSubsequence("aws:eks/cluster:Cluster", "kubernetes:karpenter.sh/v1:NodePool", "kubernetes:helm.sh/v3:Release",
                        "aws:route53/record:Record")
                .doesNotContainAnyElementsOf(REPLACED_BY_AUTO_MODE);
        assertThat(managed.criticalPath()).extracting(s -> s.resource().type()).contains("aws:eks/nodeGroup:NodeGroup", "aws:eks/addon:Addon");
        // AND it is ready sooner by the node group and the two add-ons it no longer waits for, less the node launch
        int nodeGroup = durationOf(managed, "aws:eks/nodeGroup:NodeGroup");
        int addon = durationOf(managed, "aws:eks/addon:Addon");
        int nodeLaunch = durationOf(autoMode, "kubernetes:karpenter.sh/v1:NodePool");
        assertThat(managed.totalSeconds() - autoMode.totalSeconds()).isGreaterThanOrEqualTo(nodeGroup + 2 * addon - nodeLaunch);
    }

    private static Timeline timeline(Plan plan) {
        return Timeline.of(plan.resources(), CreateDurations.shipped(), Timeline.UNBOUNDED);
    }

    private static int durationOf(Timeline timeline, String type) {
        return timeline.criticalPath().stream().filter(s -> s.resource().type().equals(type)).findFirst().orElseThrow().seconds();
    }

    private static RegisteredResource single(Plan plan, String type) {
        var matching = plan.resources().stream().filter(r -> r.type().equals(type)).toList();
        assertThat(matching).as(type).hasSize(1);
        return matching.get(0);
    }
}
