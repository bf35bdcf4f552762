package io.slipway.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.offline.OfflineResult;
import io.slipway.offline.RegisteredResource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One environment body run through both clouds: the shared fields must mean the same thing on
 * EKS and on GKE. Only what cannot be shared differs: the cloud, its region and its sub-object,
 * and the instance (AWS) or machine (GCP) types.
 */
class SharedFieldsAcrossCloudsTest {
    private static final String STACK = "shared";
    private static final String BODY = """
            cloud: %s
            tier: dev
            region: %s
            domain: shared.example.com
            network: {cidr: 10.40.0.0/16, zones: 2, nat: single}
            tags: {team: payments, cost-center: "4711"}
            slots:
              blue:
                kubernetesVersion: "1.34"
                weight: 100
                nodePools:
                  - name: system
                    system: true
                    capacity: onDemand
                    instanceTypes: [%s]
                    min: 1
                    max: 3
                    desired: 2
                    taints: [{key: CriticalAddonsOnly, value: "true", effect: NoSchedule}]
                  - name: batch
                    capacity: spot
                    instanceTypes: [%s, %s]
                    min: 2
                    max: 6
                    desired: 2
                    labels: {workload: batch, team: payments}
                    taints: [{key: spot, value: "true", effect: PreferNoSchedule}]
            dns: {ttlSeconds: 45}
            addons:
              backups: {enabled: false}
              certManager: {acmeEmail: platform-team@example.com}
            %s
            """;

    private static OfflineResult aws;
    private static OfflineResult gcp;

    @BeforeAll
    static void runBothClouds() {
        // GIVEN one spec body, with only the cloud, region, cloud sub-object and instance types substituted
        aws = Fixtures.runPlatform(STACK, Fixtures.validSpec(BODY.formatted("aws", "eu-west-1",
                "m6i.large", "m6i.xlarge", "m6a.xlarge", "aws: {adminRoleArns: [\"arn:aws:iam::123456789012:role/platform-admin\"]}")));
        gcp = Fixtures.runPlatform(STACK, Fixtures.validSpec(BODY.formatted("gcp", "europe-west1",
                "e2-standard-2", "e2-standard-4", "n2-standard-4", "gcp: {project: acme-shared}")));
        // WHEN both are planned THEN neither has program errors
        assertThat(aws.errors()).isEmpty();
        assertThat(gcp.errors()).isEmpty();
    }

    private static RegisteredResource eksCluster() {
        return aws.single("aws:eks/cluster:Cluster");
    }

    private static RegisteredResource gkeCluster() {
        return gcp.single("gcp:container/cluster:Cluster");
    }

    private static RegisteredResource nodeGroup(String pool) {
        return aws.named("aws:eks/nodeGroup:NodeGroup", "shared-blue-" + pool);
    }

    /** The GKE node pools a Slipway pool became (one per machine type, plus a spot pool's on-demand fallback). */
    private static List<RegisteredResource> gkePools(String pool) {
        return gcp.descendantsOf(gcp.named("slipway:gcp:GkeNodePool", "shared-blue-" + pool));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(RegisteredResource r, String path) {
        return (Map<String, Object>) r.require(path);
    }

    private static int number(RegisteredResource r, String path) {
        return ((Number) r.require(path)).intValue();
    }

    @Test
    void clusterRunsTheSlotsVersion() {
        // THEN EKS's version and GKE's minimum master version are the slot's version
        assertThat(eksCluster().require("version")).isEqualTo("1.34");
        assertThat(gkeCluster().require("minMasterVersion")).isEqualTo("1.34");
    }

    @Test
    void poolSizesMeanTheSameOnBothClouds() {
        // THEN an on-demand pool of one type keeps its min, max and desired as they are
        var system = nodeGroup("system");
        assertThat(List.of(number(system, "scalingConfig.minSize"), number(system, "scalingConfig.maxSize"),
                number(system, "scalingConfig.desiredSize"))).containsExactly(1, 3, 2);
        var gkeSystem = gkePools("system");
        assertThat(gkeSystem).hasSize(1);
        assertThat(List.of(number(gkeSystem.get(0), "autoscaling.totalMinNodeCount"),
                number(gkeSystem.get(0), "autoscaling.totalMaxNodeCount"))).containsExactly(1, 3);
        // AND the spot pool is one EKS node group of 2..6 nodes, while GKE (one machine type per pool) splits it
        // into one spot pool per machine type whose totals add up to the same 2..6, plus an on-demand fallback
        // of the first machine type that starts empty and may grow to the whole pool's max
        var batch = nodeGroup("batch");
        assertThat(List.of(number(batch, "scalingConfig.minSize"), number(batch, "scalingConfig.maxSize"))).containsExactly(2, 6);
        var spotPools = gkePools("batch").stream().filter(p -> p.require("nodeConfig.spot").equals(true)).toList();
        assertThat(spotPools).extracting(p -> p.require("nodeConfig.machineType")).containsExactly("e2-standard-4", "n2-standard-4");
        assertThat(spotPools.stream().mapToInt(p -> number(p, "autoscaling.totalMinNodeCount")).sum()).isEqualTo(2);
        assertThat(spotPools.stream().mapToInt(p -> number(p, "autoscaling.totalMaxNodeCount")).sum()).isEqualTo(6);
        var fallback = gcp.named("gcp:container/nodePool:NodePool", "shared-blue-batch-on-demand");
        assertThat(fallback.require("nodeConfig.spot")).isEqualTo(false);
        assertThat(List.of(number(fallback, "autoscaling.totalMinNodeCount"), number(fallback, "autoscaling.totalMaxNodeCount")))
                .containsExactly(0, 6);
    }

    @Test
    void spotCapacityIsSpotOnBothClouds() {
        // THEN EKS buys the spot pool as SPOT and the system pool ON_DEMAND; GKE sets spot on the same pools
        assertThat(nodeGroup("batch").require("capacityType")).isEqualTo("SPOT");
        assertThat(nodeGroup("system").require("capacityType")).isEqualTo("ON_DEMAND");
        assertThat(gkePools("system")).allSatisfy(p -> assertThat(p.require("nodeConfig.spot")).isEqualTo(false));
        assertThat(gkePools("batch")).filteredOn(p -> !p.name().endsWith("-on-demand"))
                .isNotEmpty().allSatisfy(p -> assertThat(p.require("nodeConfig.spot")).isEqualTo(true));
    }

    @Test
    void labelsAndTaintsReachTheNodesOnBothClouds() {
        // THEN the pool's Kubernetes labels are the node labels on EKS and on every GKE pool it became
        var labels = Map.of("workload", "batch", "team", "payments");
        assertThat(nodeGroup("batch").require("labels")).isEqualTo(labels);
        assertThat(gkePools("batch")).isNotEmpty().allSatisfy(p -> assertThat(p.require("nodeConfig.labels")).isEqualTo(labels));
        // AND the taints are the same key, value and effect on both (both APIs spell effects in upper snake case)
        for (String pool : List.of("system", "batch")) {
            var eksTaints = nodeGroup(pool).require("taints");
            assertThat(eksTaints).as(pool).isEqualTo(List.of(Map.of("key", pool.equals("system") ? "CriticalAddonsOnly" : "spot",
                    "value", "true", "effect", pool.equals("system") ? "NO_SCHEDULE" : "PREFER_NO_SCHEDULE")));
            assertThat(gkePools(pool)).allSatisfy(p -> assertThat(p.require("nodeConfig.taints")).isEqualTo(eksTaints));
        }
    }

    @Test
    void environmentTagsReachClusterAndNodesAsTagsAndLabels() {
        // THEN the environment's tags and slipway:environment are AWS tags on the cluster, node groups and their instances
        var awsTags = Map.of("team", "payments", "cost-center", "4711", "slipway:environment", STACK);
        assertThat(map(eksCluster(), "tags")).containsAllEntriesOf(awsTags);
        assertThat(aws.ofType("aws:eks/nodeGroup:NodeGroup")).hasSize(2)
                .allSatisfy(g -> assertThat(map(g, "tags")).containsAllEntriesOf(awsTags));
        assertThat(aws.ofType("aws:ec2/launchTemplate:LaunchTemplate")).hasSize(2)
                .allSatisfy(t -> assertThat(map(t, "tagSpecifications.0.tags")).containsAllEntriesOf(awsTags));
        // AND the same as GCP labels (slipway:environment spelt slipway-environment) on the cluster and every node
        var gcpLabels = Map.of("team", "payments", "cost-center", "4711", "slipway-environment", STACK);
        assertThat(map(gkeCluster(), "resourceLabels")).containsAllEntriesOf(gcpLabels);
        assertThat(gcp.ofType("gcp:container/nodePool:NodePool")).hasSize(4)
                .allSatisfy(p -> assertThat(map(p, "nodeConfig.resourceLabels")).containsAllEntriesOf(gcpLabels));
    }

    /** Helm releases by add-on name (the release name without the cluster prefix) with chart and version. */
    private static Map<String, String> releases(OfflineResult result) {
        return result.ofType("kubernetes:helm.sh/v3:Release").stream().collect(Collectors.toMap(
                r -> r.name().substring("shared-blue-".length()), r -> r.require("chart") + "@" + r.require("version"),
                (a, b) -> a, TreeMap::new));
    }

    @Test
    void theSameAddonsAreInstalledExceptTheDocumentedCloudDifferences() {
        // THEN both clouds install the same charts at the same pinned versions, except cluster-autoscaler,
        // metrics-server and the AWS Load Balancer Controller, which only EKS needs (GKE scales nodes, serves
        // metrics and makes load balancers itself)
        var onAws = releases(aws);
        var onGcp = releases(gcp);
        assertThat(onAws.keySet()).containsExactlyInAnyOrder("traefik", "monitoring", "external-dns", "cert-manager",
                "cluster-autoscaler", "metrics-server", "aws-load-balancer-controller");
        var awsWithoutEksOnly = new TreeMap<>(onAws);
        awsWithoutEksOnly.keySet().removeAll(Set.of("cluster-autoscaler", "metrics-server", "aws-load-balancer-controller"));
        assertThat(onGcp).isEqualTo(awsWithoutEksOnly);
        // AND the disabled backups add-on registers nothing at all on either cloud
        for (var result : List.of(aws, gcp)) {
            assertThat(result.resources()).extracting(RegisteredResource::name).noneMatch(n -> n.contains("velero"));
            assertThat(result.ofType("slipway:addons:Velero")).isEmpty();
        }
    }

    @Test
    void dnsTtlAndWeightsAreTheSameOnBothClouds() {
        // THEN the direct and the weighted shared records carry the TTL of 45 s and blue's weight of 100
        var direct = aws.named("aws:route53/record:Record", "shared-blue-direct-wildcard");
        var weighted = aws.named("aws:route53/record:Record", "shared-blue-weighted-wildcard");
        var gcpDirect = gcp.named("gcp:dns/recordSet:RecordSet", "shared-blue-direct-wildcard");
        var gcpShared = gcp.named("gcp:dns/recordSet:RecordSet", "shared-shared-wildcard");
        assertThat(List.of(direct, weighted, gcpDirect, gcpShared)).allSatisfy(r -> assertThat(number(r, "ttl")).isEqualTo(45));
        assertThat(number(weighted, "weightedRoutingPolicies.0.weight")).isEqualTo(100);
        assertThat(number(gcpShared, "routingPolicy.wrrs.0.weight")).isEqualTo(100);
        assertThat((List<?>) gcpShared.require("routingPolicy.wrrs")).hasSize(1);
    }

    @Test
    void theApiEndpointIsPrivateByDefaultOnBothClouds() {
        // THEN with no apiAccess block EKS has only its private endpoint and GKE's control plane endpoint is private
        assertThat(eksCluster().require("vpcConfig.endpointPrivateAccess")).isEqualTo(true);
        assertThat(eksCluster().require("vpcConfig.endpointPublicAccess")).isEqualTo(false);
        assertThat(gkeCluster().require("privateClusterConfig.enablePrivateEndpoint")).isEqualTo(true);
        assertThat(gkeCluster().require("privateClusterConfig.enablePrivateNodes")).isEqualTo(true);
    }
}
