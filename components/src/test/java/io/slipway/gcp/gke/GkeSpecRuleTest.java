package io.slipway.gcp.gke;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gcp.GcpTestbed;
import io.slipway.model.loading.Problem;
import org.junit.jupiter.api.Test;

class GkeSpecRuleTest {
    @Test
    void aPoolWhoseGkeNameExceedsFortyCharactersIsReportedAtItsKeyPath() {
        // GIVEN a spot pool whose name plus its longest machine type is over GKE's 40 characters
        var spec = GcpTestbed.spec(tree -> ((ObjectNode) tree.at("/slots/blue/nodePools/1"))
                .put("name", "batch-processing-workers-spot"));

        // WHEN the rule checks it
        var problems = new GkeSpecRule().check(spec, "test.yaml");

        // THEN the pool's name is named, with GKE's limit
        assertThat(problems).extracting(Problem::path).containsExactly("slots.blue.nodePools[1].name");
        assertThat(problems.get(0).message()).contains("batch-processing-workers-spot-").contains("at most 40");
    }

    @Test
    void theTestbedsPoolsPass() {
        // GIVEN / WHEN / THEN realistic pool names pass
        assertThat(new GkeSpecRule().check(GcpTestbed.spec(), "test.yaml")).isEmpty();
    }

    @Test
    void thePodsRangeMustHoldTheMostNodesThePoolsMayGrowTo() {
        // GIVEN a /20 pods range (16 nodes at a /24 each) while the pools may grow to 3 + 3 x 3 + 7 = 19 nodes
        var small = GcpTestbed.spec(tree -> ((ObjectNode) tree.get("gcp")).put("podsCidr", "10.64.0.0/20"));
        var enough = GcpTestbed.spec(tree -> ((ObjectNode) tree.get("gcp")).put("podsCidr", "10.64.0.0/19"));
        // WHEN the rule checks them
        var problems = new GkeSpecRule().check(small, "test.yaml");
        // THEN the range is refused with the size it needs, and a /19 (32 nodes) passes
        assertThat(problems).extracting(Problem::path).containsExactly("gcp.podsCidr");
        assertThat(problems.get(0).message()).isEqualTo("'10.64.0.0/20' holds pod addresses for 16 nodes (a /24 each at 110 "
                + "pods per node), but the node pools of all slots may grow to 19; use a /19 or larger, or lower the pools' max");
        assertThat(new GkeSpecRule().check(enough, "test.yaml")).isEmpty();
        assertThat(GkeSpecRule.nodesFor(14)).isEqualTo(1024);
    }
}
