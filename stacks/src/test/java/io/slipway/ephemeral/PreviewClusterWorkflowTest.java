package io.slipway.ephemeral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * preview-cluster.yml as a developer meets it: the extend instruction in the pull request's comment
 * names this workflow and inputs it declares, and the run it starts records the new expiry on the
 * records branch, in the pull request's concurrency group. (The file's schema is checked by
 * action-validator in .ci/run; the records script itself by EphemeralRecordsBranchTest.)
 */
class PreviewClusterWorkflowTest {
    private static final Path WORKFLOW = Path.of("..", ".github", "workflows", "preview-cluster.yml");
    private static JsonNode workflow;

    @BeforeAll
    static void read() throws IOException {
        workflow = new YAMLMapper().readTree(WORKFLOW.toFile());
    }

    @Test
    void theCommentsExtendCommandRunsThisWorkflowWithInputsItDeclares() {
        String comment = runs("up").stream().filter(r -> r.contains("gh pr comment")).findFirst().orElseThrow();
        var command = Pattern.compile("gh workflow run (\\S+) --repo \\$GITHUB_REPOSITORY((?: -f [a-z-]+=(?:\\$\\{\\{[^}]*}}|\\w+))+)\\\\`")
                .matcher(comment);

        assertThat(command.find()).as(comment).isTrue();
        assertThat(command.group(1)).isEqualTo(WORKFLOW.getFileName().toString());
        var inputs = new ArrayList<String>();
        workflow.get("on").get("workflow_dispatch").get("inputs").fieldNames().forEachRemaining(inputs::add);
        assertThat(Pattern.compile("-f ([a-z-]+)=").matcher(command.group(2)).results().map(m -> m.group(1)))
                .containsExactlyInAnyOrderElementsOf(inputs);
        assertThat(comment).doesNotContain("./slipway dev extend");
    }

    @Test
    void theExtendRunRestoresExtendsAndRecordsInThePullRequestsGroup() {
        JsonNode extend = workflow.get("jobs").get("extend");

        assertThat(extend.get("if").asText()).isEqualTo("github.event_name == 'workflow_dispatch'");
        assertThat(runs("extend")).filteredOn(r -> r.contains("ephemeral-records.sh") || r.contains("./slipway"))
                .map(r -> r.lines().filter(l -> l.contains("ephemeral-records.sh") || l.contains("./slipway")).findFirst()
                        .orElseThrow().strip())
                .containsExactly(".github/scripts/ephemeral-records.sh restore",
                        "./slipway dev extend \"$NAME\" --ttl \"$TTL\" | tee extend.log",
                        ".github/scripts/ephemeral-records.sh sync");
        // AND it deploys the pull request's code, which the cluster runs, not the default branch's
        assertThat(extend.get("steps").findValuesAsText("ref")).containsExactly("refs/pull/${{ inputs.pull-request }}/merge");
        // AND a dispatched run and the pull request's own runs share one group and one name
        assertThat(workflow.get("concurrency").get("group").asText())
                .isEqualTo("preview-cluster-${{ github.event.pull_request.number || inputs.pull-request }}");
        assertThat(workflow.get("env").get("NAME").asText())
                .isEqualTo("pr-${{ github.event.pull_request.number || inputs.pull-request }}");
        // AND the pull-request jobs never run on a dispatch
        assertThat(workflow.get("jobs").get("up").get("if").asText()).startsWith("github.event_name == 'pull_request' && ");
        assertThat(workflow.get("jobs").get("down").get("if").asText()).startsWith("github.event_name == 'pull_request' && ");
    }

    @Test
    void theUpRunRecordsWhateverFileItWroteAndReplacesAClaimedStandby() {
        // GIVEN the up job's steps
        List<String> steps = runs("up");

        // THEN it records every file it changed (its own, or the claimed standby's, named after the standby)
        assertThat(steps).anyMatch(r -> r.strip().equals(".github/scripts/ephemeral-records.sh sync"));
        // AND only a claim dispatches the housekeeping workflow, with an input it declares, which may dispatch it
        String replace = steps.stream().filter(r -> r.contains("gh workflow run")).findFirst().orElseThrow();
        assertThat(replace).contains("grep -q '^\\[1/3\\] Claimed standby' up.log", "gh workflow run ephemeral-reaper.yml");
        assertThat(workflow.get("jobs").get("up").get("permissions").get("actions").asText()).isEqualTo("write");
    }

    private static List<String> runs(String job) {
        return workflow.get("jobs").get(job).get("steps").findValuesAsText("run");
    }
}
