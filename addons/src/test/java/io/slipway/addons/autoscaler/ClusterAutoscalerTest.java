package io.slipway.addons.autoscaler;

import static io.slipway.addons.Fixtures.at;
import static io.slipway.addons.Fixtures.json;
import static io.slipway.addons.Fixtures.statement;
import static io.slipway.addons.Fixtures.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.addons.AddonArgs;
import io.slipway.addons.Fixtures;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.offline.OfflineResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterAutoscalerTest {

    static OfflineResult run(EnvironmentContext env) {
        return Fixtures.run(env, cluster -> new ClusterAutoscaler("dev-blue-cluster-autoscaler",
                new AddonArgs(cluster, Fixtures.LOCK), Fixtures.noOptions()));
    }

    @Test
    void discoversTheSlotsNodeGroupsWithTheImageOfItsMinor() {
        // GIVEN a 1.34 slot on EKS WHEN the autoscaler is built
        var result = run(Fixtures.aws("dev", ""));

        // THEN it discovers node groups by the cluster's autoscaler tags and runs the lock's 1.34 image
        var values = values(result.single(Fixtures.RELEASE));
        assertThat(at(values, "autoDiscovery", "clusterName")).isEqualTo("dev-blue");
        assertThat(at(values, "autoDiscovery", "tags")).isEqualTo(List.of("k8s.io/cluster-autoscaler/enabled", "k8s.io/cluster-autoscaler/dev-blue"));
        assertThat(at(values, "image", "tag")).isEqualTo(Fixtures.LOCK.pin(io.slipway.addons.lock.Addon.CLUSTER_AUTOSCALER)
                .imageTagFor(io.slipway.addons.lock.KubernetesMinor.parse("1.34")).orElseThrow()).isEqualTo("v1.34.4");
        // AND the priority expander prefers the spot pool and falls back to the on-demand one
        assertThat(at(values, "extraArgs", "expander")).isEqualTo("priority");
        assertThat(at(values, "expanderPriorities", "50")).isEqualTo(List.of("^eks-dev-blue-workers-[0-9a-f-]{36}$"));
        assertThat(at(values, "expanderPriorities", "10")).isEqualTo(List.of("^eks-dev-blue-system-[0-9a-f-]{36}$"));
        // AND its service account assumes the IRSA role built next to it
        var role = result.single("aws:iam/role:Role");
        assertThat(at(values, "rbac", "serviceAccount", "name")).isEqualTo("cluster-autoscaler");
        assertThat((String) at(values, "rbac", "serviceAccount", "annotations", "eks.amazonaws.com/role-arn")).startsWith("arn:aws:iam::123456789012:role/dev-blue-cluster-autoscaler");
        assertThat((String) role.require("assumeRolePolicy")).contains("system:serviceaccount:kube-system:cluster-autoscaler");
    }

    @Test
    void anOlderMinorGetsItsOwnImage() {
        // GIVEN a 1.33 slot WHEN the autoscaler is built THEN the 1.33 image runs
        var env = Fixtures.load(Fixtures.AWS.formatted("dev", "").replace("\"1.34\"", "\"1.33\""));
        assertThat(at(values(run(env).single(Fixtures.RELEASE)), "image", "tag")).isEqualTo("v1.33.5");
    }

    @Test
    void scalingIsLimitedToGroupsTaggedForThisCluster() {
        // GIVEN the autoscaler's IRSA policy
        var policy = json(run(Fixtures.aws("dev", "")).single("aws:iam/rolePolicy:RolePolicy").require("policy"));

        // THEN scaling actions need the cluster's own tag, and node group reads name the cluster
        var scale = statement(policy, "ScaleOwnNodeGroups");
        assertThat(scale.get("Action").toString()).contains("autoscaling:SetDesiredCapacity", "autoscaling:TerminateInstanceInAutoScalingGroup");
        assertThat(scale.at("/Condition/StringEquals").get("aws:ResourceTag/k8s.io/cluster-autoscaler/dev-blue").asText()).isEqualTo("owned");
        assertThat(statement(policy, "DescribeOwnNodeGroups").get("Resource").asText())
                .isEqualTo("arn:aws:eks:eu-west-1:123456789012:nodegroup/dev-blue/*/*");
        // AND the only unscoped statement is read-only (describe calls IAM cannot scope)
        assertThat(statement(policy, "DescribeScalingInputs").get("Action")).allSatisfy(a ->
                assertThat(a.asText()).matches("(autoscaling|ec2):(Describe|Get)[A-Za-z]+"));
    }
}
