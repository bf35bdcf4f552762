package io.slipway.gcp.gke;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gcp.GcpTestbed;
import io.slipway.model.Problem;
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
}
