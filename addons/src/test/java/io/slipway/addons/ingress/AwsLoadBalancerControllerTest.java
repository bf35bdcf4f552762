package io.slipway.addons.ingress;

import static io.slipway.addons.Fixtures.at;
import static io.slipway.addons.Fixtures.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.addons.AddonArgs;
import io.slipway.addons.Fixtures;
import io.slipway.addons.lock.Addon;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.offline.OfflineResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

public class AwsLoadBalancerControllerTest {

    /** Upstream's policy document as shipped in the main resources. */
    public static String upstreamPolicy() {
        try (var in = AwsLoadBalancerControllerTest.class.getClassLoader().getResourceAsStream(AwsLoadBalancerController.POLICY_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static OfflineResult run(EnvironmentContext env) {
        return Fixtures.run(env, cluster -> new AwsLoadBalancerController("dev-blue-aws-load-balancer-controller",
                new AddonArgs(cluster, Fixtures.LOCK), Fixtures.noOptions()));
    }

    @Test
    void runsInKubeSystemWithUpstreamsPolicyThroughIrsa() throws Exception {
        // GIVEN a prod environment on AWS WHEN the controller is built
        var result = run(Fixtures.aws("prod", ""));

        // THEN the lock's chart runs in kube-system for this cluster, told its region and VPC (pods cannot reach IMDS)
        var release = result.single(Fixtures.RELEASE);
        var pin = Fixtures.LOCK.pin(Addon.AWS_LOAD_BALANCER_CONTROLLER);
        assertThat(release.require("chart")).isEqualTo("aws-load-balancer-controller");
        assertThat(release.require("version")).isEqualTo(pin.version());
        assertThat(release.require("repositoryOpts.repo")).isEqualTo("https://aws.github.io/eks-charts");
        assertThat(release.require("namespace")).isEqualTo("kube-system");
        var values = values(release);
        assertThat(at(values, "clusterName")).isEqualTo("dev-blue");
        assertThat(at(values, "region")).isEqualTo("eu-west-1");
        assertThat(at(values, "vpcId")).isEqualTo(Fixtures.VPC_ID);
        // AND two replicas behind a budget in prod, tagging what it creates with the slot's cost tags (not a component)
        assertThat(at(values, "replicaCount")).isEqualTo(2L);
        assertThat(at(values, "podDisruptionBudget")).isEqualTo(Map.of("maxUnavailable", 1L));
        assertThat(at(values, "defaultTags")).isEqualTo(Map.of("team", "platform", "slipway:environment", "dev", "slipway:slot", "blue"));
        // AND its service account assumes an IRSA role trusted only for kube-system/aws-load-balancer-controller,
        // holding upstream's policy document of the pinned app version, unchanged
        var role = result.single("aws:iam/role:Role");
        assertThat((String) at(values, "serviceAccount", "annotations", "eks.amazonaws.com/role-arn")).endsWith("/" + role.name());
        assertThat((String) role.require("assumeRolePolicy")).contains("system:serviceaccount:kube-system:aws-load-balancer-controller");
        assertThat(result.single("aws:iam/rolePolicy:RolePolicy").require("policy")).isEqualTo(upstreamPolicy());
        assertThat(Fixtures.json(upstreamPolicy()).toString()).contains("elasticloadbalancing:CreateLoadBalancer")
                .doesNotContain("\"*:*\"", "\"elasticloadbalancing:*\"");
    }

    @Test
    void devRunsOneReplicaAndGkeHasNone() {
        // GIVEN dev WHEN the controller is built THEN one replica without a budget
        var values = values(run(Fixtures.aws("dev", "")).single(Fixtures.RELEASE));
        assertThat(at(values, "replicaCount")).isEqualTo(1L);
        assertThat(at(values, "podDisruptionBudget")).isEqualTo(Map.of());
        // AND on GKE it is refused: GKE makes its own load balancers
        Fixtures.run(Fixtures.gcp("dev", ""), cluster -> assertThatThrownBy(() -> new AwsLoadBalancerController("x",
                new AddonArgs(cluster, Fixtures.LOCK), Fixtures.noOptions())).hasMessageContaining("EKS only"));
    }
}
