package io.slipway.ops.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.ops.FakeTools;
import io.slipway.ops.SlotTarget;
import io.slipway.ops.TestEnvironments;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clean destroy finds the NLBs EKS Auto Mode made for a cluster, which carry EKS's tag
 * ({@code eks:eks-cluster-name}), not the controller's: through the recording fake {@code aws} first
 * on the PATH, answering {@code elbv2 describe-load-balancers} and {@code describe-tags} as the CLI does.
 */
class AutoModeLoadBalancerTagsTest {
    private static final String AUTO_MODE_NLB = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/net/k8s-traefik-1/abc";
    private static final String OTHER_CLUSTERS = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/net/k8s-traefik-2/def";
    private static final String CONTROLLERS = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/net/k8s-traefik-3/ghi";

    @TempDir
    Path temp;

    @Test
    void anNlbAutoModeTaggedForTheClusterIsFoundAndDeletedAndOneOfAnotherClusterIsLeftAlone() {
        // GIVEN an Auto Mode NLB of dev-blue, one of dev-green, and a controller-made one of dev-blue
        var tools = new FakeTools(temp.resolve("tools"));
        tools.write("lbs", AUTO_MODE_NLB + " dev-blue eks:eks-cluster-name\n"
                + OTHER_CLUSTERS + " dev-green eks:eks-cluster-name\n"
                + CONTROLLERS + " dev-blue\n");
        var target = new SlotTarget("dev", "blue",
                TestEnvironments.store(TestEnvironments.project(temp.resolve("project"))).read("dev").spec());
        var inventory = new AwsLoadBalancerInventory(tools.runner());

        // WHEN the clean destroy lists what remains for dev-blue and deletes it
        List<String> remaining = inventory.remaining(target);
        inventory.delete(target, remaining);

        // THEN both of dev-blue's went, whoever made them, and dev-green's is untouched
        assertThat(remaining).containsExactlyInAnyOrder(AUTO_MODE_NLB, CONTROLLERS);
        assertThat(tools.lines("lbs")).containsExactly(OTHER_CLUSTERS + " dev-green eks:eks-cluster-name");
        assertThat(tools.calls()).anySatisfy(call -> assertThat(call).containsSubsequence("aws", "elbv2", "describe-tags"))
                .anySatisfy(call -> assertThat(call).containsSubsequence("aws", "elbv2", "delete-load-balancer", "--load-balancer-arn", AUTO_MODE_NLB));
    }
}
