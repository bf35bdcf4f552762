package io.slipway.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.model.EnvironmentSpec;
import io.slipway.ops.config.EnvironmentConfigStore;
import io.slipway.ops.pulumi.PulumiCli;
import io.slipway.ops.upgrade.UpgradeDriver;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The day-2 commands through the REAL adapters (PulumiCliDeployer, kubectl, aws, helm, velero) on
 * recording fake executables first on the PATH (src/test/resources/fake-tools, written from the
 * documented formats of pulumi v3.140, kubectl 1.3x, AWS CLI v2, helm 3 and velero 1.16).
 */
class DayTwoOnFakeToolsTest {
    private static final PulumiCli.Timeouts QUICK = new PulumiCli.Timeouts(Duration.ofSeconds(20), Duration.ofSeconds(20));
    private static final Set<String> STATE_CHANGING = Set.of("preview", "up", "refresh", "destroy");

    @TempDir
    Path tempDir;

    private final ManualClock clock = new ManualClock(TestEnvironments.T0);
    private final Journal journal = new Journal();
    private final StringWriter output = new StringWriter();
    private Path project;
    private FakeTools tools;

    @BeforeEach
    void setUp() {
        project = TestEnvironments.project(tempDir.resolve("project"));
        tools = new FakeTools(tempDir, "dev", "staging", "prod");
    }

    private Ops ops(PulumiCli.Timeouts timeouts, FakeTools on) {
        return Ops.onTools(project, on.runner(), timeouts, uri -> 200, TestEnvironments.LOCK, clock, new FakeSleeper(clock, journal),
                Confirmer.alwaysYes(), new PrintWriter(output, true));
    }

    private Ops ops() {
        return ops(QUICK, tools);
    }

    private EnvironmentSpec config() {
        return TestEnvironments.store(project).read("dev").spec();
    }

    private List<List<String>> pulumiCalls() {
        return tools.calls().stream().filter(call -> call.get(0).equals("pulumi")).toList();
    }

    /** dev with blue deployed, as `slipway recreate dev` leaves it. */
    private void deployBlue() {
        assertThat(ops().destroyer(true, new PrintWriter(output, true)).recreate("dev")).isTrue();
    }

    private List<Runnable> wholeUpgrade() {
        return List.of(
                () -> upgrade().start("dev", "1.35"),
                () -> {
                    if (!upgrade().verify("dev")) {
                        throw new OperationFailedException("verify failed");
                    }
                },
                () -> upgrade().shiftInSteps("dev", List.of(10, 50, 100), Duration.ofMinutes(10)),
                () -> {
                    clock.advance(Duration.ofMinutes(30));
                    upgrade().finish("dev", Duration.ofMinutes(30));
                });
    }

    private UpgradeDriver upgrade() {
        return ops().upgrade(true, new PrintWriter(output, true));
    }

    private void assertEveryStateCallNamesTheStackAndNoneDecryptsSecrets() {
        assertThat(pulumiCalls()).isNotEmpty().allSatisfy(call -> {
            assertThat(call).doesNotContain("--show-secrets");
            if (STATE_CHANGING.contains(call.get(1)) || call.get(1).equals("stack") && !call.get(2).equals("ls")) {
                assertThat(call).containsSubsequence("--stack", "dev");
            }
        });
    }

    @Test
    void aLostClusterIsDestroyedAndRecreated() {
        // GIVEN dev with blue deployed, whose cluster is gone (its API does not answer) and left an NLB
        deployBlue();
        tools.write("api-down", "").write("lbs", "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/net/k8s-ingress/abc dev-blue\n");

        // WHEN recreating it  THEN the refresh forgets the dead cluster's objects and the up rebuilds it
        assertThat(ops().destroyer(true, new PrintWriter(output, true)).recreate("dev")).isTrue();
        assertThat(output.toString()).contains("The API of dev-blue cannot be reached");

        // AND WHEN it is lost again and destroyed  THEN the NLB is deleted cloud-side and the destroy completes
        tools.write("api-down", "");
        ops().destroyer(true, new PrintWriter(output, true)).destroy("dev", Set.of());
        assertThat(tools.calls()).anySatisfy(call -> assertThat(call).containsSubsequence("aws", "elbv2", "delete-load-balancer"));
        assertThat(String.join("\n", tools.lines("resources.jsonl"))).doesNotContain("ClusterSlot");
        assertThat(tools.calls()).noneMatch(call -> call.get(0).equals("kubectl") && call.contains("delete"));
    }

    @Test
    void aPreviewWhoseEngineNeverStartsEndsAtItsTimeout() {
        // GIVEN dev deployed, and a preview that hangs
        deployBlue();
        tools.write("hang-on", "pulumi\tpreview");

        // WHEN starting an upgrade with a 2s limit  THEN it fails naming the call and the limit, and the file says how to resume
        Ops quick = ops(new PulumiCli.Timeouts(Duration.ofSeconds(20), Duration.ofSeconds(2)), tools);
        assertThatThrownBy(() -> quick.upgrade(true, new PrintWriter(output, true)).start("dev", "1.35"))
                .isInstanceOf(OperationFailedException.class)
                .hasMessageContaining("pulumi preview --json --non-interactive --stack dev did not finish within 2s and was stopped")
                .hasMessageContaining("run the same command again");
    }

    @Test
    void withoutThePulumiCliNothingIsWrittenAndTheMessageSaysWhatToInstall() throws Exception {
        // GIVEN no pulumi on the PATH
        Files.delete(tools.bin.resolve("pulumi"));
        byte[] committed = Files.readAllBytes(TestEnvironments.store(project).file("dev"));

        // WHEN starting an upgrade  THEN it fails with where to get the CLI, and the file is untouched
        assertThatThrownBy(() -> upgrade().start("dev", "1.35"))
                .isInstanceOf(OperationFailedException.class)
                .hasMessageContaining("'pulumi' is not installed or not on the PATH")
                .hasMessageContaining("https://www.pulumi.com/docs/install/");
        assertThat(Files.readAllBytes(TestEnvironments.store(project).file("dev"))).isEqualTo(committed);
    }

    @Test
    void anOldCliOrAMissingStackIsRefusedBeforeTheFileChanges() throws Exception {
        EnvironmentConfigStore store = TestEnvironments.store(project);
        byte[] committed = Files.readAllBytes(store.file("dev"));
        tools.write("pulumi-version", "v3.90.0\n");
        assertThatThrownBy(() -> upgrade().start("dev", "1.35")).hasMessageContaining("v3.90.0").hasMessageContaining("v3.95.0 or newer");
        tools.write("pulumi-version", "v3.140.0\n").write("stacks", "staging\n");
        assertThatThrownBy(() -> upgrade().start("dev", "1.35")).isInstanceOf(RefusedException.class)
                .hasMessageContaining("no stack 'dev'").hasMessageContaining("pulumi stack init dev");
        assertThat(Files.readAllBytes(store.file("dev"))).isEqualTo(committed);
    }

}
