package io.slipway.ephemeral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.ops.FakeTools;
import io.slipway.ops.OperationFailedException;
import io.slipway.ops.pulumi.PulumiCli;
import io.slipway.ops.tools.ProcessCommandRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PulumiStacks} through {@link PulumiCli} on the recording fake {@code pulumi} first on the
 * PATH (src/test/resources/fake-tools/pulumi): it lists stacks as {@code stack ls --json} does,
 * takes a secret on standard input, and refuses {@code stack rm} while the stack has resources.
 */
class PulumiStacksTest {
    private static final PulumiCli.Timeouts QUICK = new PulumiCli.Timeouts(Duration.ofSeconds(20), Duration.ofSeconds(20));

    @TempDir
    Path temp;

    FakeTools tools;
    Path project;

    @BeforeEach
    void fakePulumi() throws IOException {
        tools = new FakeTools(temp, "dev", "pr-7");
        project = Files.createDirectories(temp.resolve("project"));
    }

    private PulumiStacks stacks(String secretsProvider) {
        return stacks(secretsProvider, tools.runner());
    }

    private PulumiStacks stacks(String secretsProvider, ProcessCommandRunner runner) {
        return new PulumiStacks(new PulumiCli(project, runner, QUICK), secretsProvider);
    }

    /** The calls after the once-per-process version check, each as its argv. */
    private List<List<String>> calls() {
        return tools.calls().stream().filter(call -> !call.get(1).equals("version")).toList();
    }

    @Test
    void existsReadsTheJsonListOfTheBackend() {
        // GIVEN a backend with dev and pr-7
        // WHEN / THEN
        assertThat(stacks(null).exists("pr-7")).isTrue();
        assertThat(stacks(null).exists("pr-8")).isFalse();
        assertThat(calls().get(0)).containsExactly("pulumi", "stack", "ls", "--json", "--non-interactive");
    }

    @Test
    void namesListsTheBackendsStacksByTheirShortName() {
        // GIVEN a backend that lists one stack fully qualified, as Pulumi Cloud does
        tools.write("stacks", "dev\nacme/slipway/pr-7\n");

        // WHEN / THEN
        assertThat(stacks(null).names()).containsExactly("dev", "pr-7");
        assertThat(calls().get(0)).containsExactly("pulumi", "stack", "ls", "--json", "--non-interactive");
    }

    @Test
    void createInitsTheStackUnselectedWithTheSecretsProviderAndSetsTheGrafanaPasswordThroughStandardInput() {
        // WHEN
        stacks("awskms://alias/slipway/pulumi-secrets?region=eu-west-1").create("pr-9");

        // THEN the stack exists in the backend, created without changing the user's selected stack
        assertThat(tools.lines("stacks")).contains("pr-9");
        assertThat(calls().get(0)).containsExactly("pulumi", "stack", "init", "pr-9", "--no-select",
                "--secrets-provider", "awskms://alias/slipway/pulumi-secrets?region=eu-west-1", "--non-interactive");
        // AND the password never appears on a command line, and is a long random value
        assertThat(calls().get(1)).containsExactly("pulumi", "config", "set", "--secret", "grafanaAdminPassword",
                "--stack", "pr-9", "--non-interactive");
        assertThat(tools.lines("secret-pr-9-grafanaAdminPassword")).singleElement().asString().matches("[A-Za-z0-9_-]{32}");
    }

    @Test
    void createFailsWithTheCliErrorWhenTheStackExists() {
        assertThatThrownBy(() -> stacks(null).create("dev"))
                .isInstanceOf(OperationFailedException.class)
                .hasMessageContaining("pulumi stack init dev").hasMessageContaining("error: stack 'dev' already exists");
        // AND no secret was set on someone else's stack
        assertThat(tools.lines("secret-dev-grafanaAdminPassword")).isEmpty();
    }

    @Test
    void removeTakesAnEmptyStackOutOfTheBackend() {
        stacks(null).remove("pr-7");

        assertThat(tools.lines("stacks")).containsExactly("dev");
        assertThat(calls().get(0)).containsExactly("pulumi", "stack", "rm", "pr-7", "--yes", "--non-interactive");
    }

    @Test
    void removeFailsWithTheCliErrorWhenTheStackStillHasResources() {
        // GIVEN pr-7 still has a resource
        tools.write("resources.jsonl", "{\"urn\":\"urn:pulumi:pr-7::slipway::aws:eks/cluster:Cluster::pr-7-blue\"}\n");

        assertThatThrownBy(() -> stacks(null).remove("pr-7"))
                .isInstanceOf(OperationFailedException.class)
                .hasMessageContaining("pulumi stack rm pr-7 --yes --non-interactive failed (exit 255)")
                .hasMessageContaining("'pr-7' still has resources; removal rejected");
        assertThat(tools.lines("stacks")).contains("pr-7");
    }

    @Test
    void noPulumiOnThePathIsAClearFailure() {
        assertThatThrownBy(() -> stacks(null, tools.runner("/usr/bin:/bin")).exists("dev"))
                .isInstanceOf(OperationFailedException.class)
                .hasMessageContaining("'pulumi' is not installed or not on the PATH");
    }
}
