package io.slipway.ephemeral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ephemeral-reaper.yml: the reap frees expired children first, then the standbys of the parents listed
 * in a repository variable are kept deployed, and one records step saves both; the preview workflow's
 * dispatch of it passes an input it declares. (Its schema is checked by action-validator in .ci/run.)
 */
class EphemeralReaperWorkflowTest {
    private static final Path WORKFLOW = Path.of("..", ".github", "workflows", "ephemeral-reaper.yml");

    @Test
    void reapThenKeepTheStandbysThenRecordBoth() throws IOException {
        // GIVEN the workflow
        JsonNode workflow = new YAMLMapper().readTree(WORKFLOW.toFile());
        JsonNode steps = workflow.get("jobs").get("reap").get("steps");
        List<String> runs = steps.findValuesAsText("run");

        // THEN the steps run restore, reap, standby per listed parent, then record, in that order
        assertThat(runs).filteredOn(r -> r.contains("./slipway") || r.contains("ephemeral-records.sh"))
                .map(r -> r.lines().filter(l -> l.contains("./slipway") || l.contains("ephemeral-records.sh")).findFirst()
                        .orElseThrow().strip())
                .containsExactly(".github/scripts/ephemeral-records.sh restore",
                        "./slipway dev reap --yes ${{ inputs.dry-run && '--dry-run' || '' }}",
                        "./slipway dev standby --from \"$parent\" --yes",
                        ".github/scripts/ephemeral-records.sh sync");
        JsonNode standby = null;
        for (JsonNode step : steps) {
            if (step.path("run").asText().contains("dev standby")) {
                standby = step;
            }
        }
        assertThat(standby.get("if").asText()).contains("!inputs.dry-run", "vars.SLIPWAY_STANDBY_PARENTS != ''");
        assertThat(standby.get("env").get("SLIPWAY_OWNER").asText()).isEqualTo("${{ vars.SLIPWAY_STANDBY_OWNER }}");
        // AND the records step runs whatever happened before it
        assertThat(steps.get(steps.size() - 1).get("if").asText()).isEqualTo("always()");
        // AND the input the preview workflow passes when it dispatches this one is declared
        assertThat(workflow.get("on").get("workflow_dispatch").get("inputs").has("dry-run")).isTrue();
        assertThat(workflow.get("concurrency").get("group").asText()).isEqualTo("ephemeral-reaper");
    }
}
