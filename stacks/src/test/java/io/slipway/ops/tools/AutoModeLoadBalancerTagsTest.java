package io.slipway.ops.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The clean destroy finds the NLBs EKS Auto Mode made for a cluster, which carry EKS's tags, not the controller's. */
class AutoModeLoadBalancerTagsTest {
    @Test
    void anNlbTaggedByAutoModeForTheClusterIsItsAndOneOfAnotherClusterIsNot() throws Exception {
        // GIVEN the tags Auto Mode puts on the NLBs of dev-blue and of dev-green
        var json = new ObjectMapper();
        var ours = json.readTree("[{\"Key\":\"eks:eks-cluster-name\",\"Value\":\"dev-blue\"},{\"Key\":\"slipway:slot\",\"Value\":\"blue\"}]");
        var theirs = json.readTree("[{\"Key\":\"eks:eks-cluster-name\",\"Value\":\"dev-green\"}]");

        // WHEN the inventory decides whose they are THEN only dev-blue's counts for dev-blue
        assertThat(AwsLoadBalancerInventory.taggedFor(ours, "dev-blue")).isTrue();
        assertThat(AwsLoadBalancerInventory.taggedFor(theirs, "dev-blue")).isFalse();
    }
}
