package io.slipway.ops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.ops.Confirmer;
import io.slipway.ops.Deployer;
import io.slipway.ops.FakeCloud;
import io.slipway.ops.Journal;
import io.slipway.ops.OperationFailedException;
import io.slipway.ops.Ops;
import io.slipway.ops.checks.CheckResult;
import io.slipway.ops.config.EnvironmentConfigStore;
import io.slipway.ops.pulumi.DeployedResource;
import io.slipway.ops.pulumi.PreviewSummary;
import io.slipway.ops.upgrade.KubernetesMinorSupport;
import io.slipway.platform.SpecRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The commands as an operator meets them: output, exit codes, and never a stack trace. */
class OpsCommandsTest {
    @TempDir
    Path project;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<String> deployerCalls = new ArrayList<>();
    private boolean checksPass = true;
    private CommandLine root;

    @Command(name = "slipway")
    static final class Root {}

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(project.resolve("environments"));
        for (String env : new String[] {"dev", "prod"}) {
            Files.copy(Path.of("..", "environments", "Pulumi." + env + ".yaml"), project.resolve("environments/Pulumi." + env + ".yaml"));
        }
        KubernetesMinorSupport lock = new KubernetesMinorSupport() {
            @Override
            public boolean supports(String minor) {
                return minor.equals("1.35");
            }

            @Override
            public String describe() {
                return "1.34 to 1.35";
            }
        };
        OpsFactory factory = (dir, writer) -> new Ops(
                new EnvironmentConfigStore(dir.resolve("environments"), SpecRules.loader()),
                recordingDeployer(),
                target -> List.of(new CheckResult("nodes ready", checksPass, checksPass ? "3 nodes Ready" : "0 nodes")),
                new FakeCloud(new Journal()),
                new FakeCloud(new Journal()),
                null,
                lock,
                Clock.fixed(Instant.parse("2026-11-21T05:00:00Z"), ZoneOffset.UTC),
                duration -> { },
                Confirmer.alwaysYes());
        root = OpsCommands.register(new CommandLine(new Root()), factory);
        root.setOut(new PrintWriter(out, true));
        root.setErr(new PrintWriter(err, true));
    }

    private Deployer recordingDeployer() {
        return new Deployer() {
            @Override
            public PreviewSummary preview(String stack) {
                deployerCalls.add("preview " + stack);
                return new PreviewSummary(Map.of("create", 40), "");
            }

            @Override
            public void up(String stack) {
                deployerCalls.add("up " + stack);
            }

            @Override
            public void refresh(String stack) {
                deployerCalls.add("refresh " + stack);
            }

            @Override
            public Map<String, Object> outputs(String stack) {
                return Map.of("clusters", List.of(stack + "-blue"));
            }

            @Override
            public List<DeployedResource> resources(String stack) {
                throw new OperationFailedException("pulumi stack export of stack '" + stack + "' failed: no credentials");
            }

            @Override
            public void destroyTargets(String stack, List<String> urns) {
                deployerCalls.add("destroy " + stack);
            }
        };
    }

    private int run(String... args) {
        String[] withProject = new String[args.length + 2];
        System.arraycopy(args, 0, withProject, 0, args.length);
        withProject[args.length] = "--project-dir";
        withProject[args.length + 1] = project.toString();
        return root.execute(withProject);
    }

    private void assertNoStackTrace() {
        assertThat(out.toString() + err).doesNotContain("Exception").doesNotContain("\tat io.");
    }

    @Test
    void aProjectDirThatDoesNotExistIsRefusedNamingTheOption() {
        // WHEN an operational command is pointed at a directory that does not exist
        int code = root.execute("upgrade", "status", "dev", "--project-dir", project.resolve("nonexistent").toString());

        // THEN it exits 2 naming --project-dir, before anything runs
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("refused: --project-dir " + project.resolve("nonexistent") + ": no such directory");
        assertThat(deployerCalls).isEmpty();
        assertNoStackTrace();
    }

    @Test
    void statusOfAnIdleEnvironmentExitsZero() {
        // GIVEN dev  WHEN asking for the upgrade status  THEN exit 0 and the phase is shown
        assertThat(run("upgrade", "status", "dev")).isZero();
        assertThat(out.toString()).contains("Upgrade phase: idle").contains("slot blue");
    }

    @Test
    void startThenShiftBeforeVerifyIsRefusedWithExitTwo() {
        // GIVEN a started upgrade
        assertThat(run("upgrade", "start", "dev", "--to", "1.35", "--yes")).isZero();
        assertThat(deployerCalls).containsExactly("preview dev", "up dev");

        // WHEN shifting before verify  THEN exit 2, a clear message, no stack trace and nothing applied
        assertThat(run("upgrade", "shift", "dev", "--weight", "50", "--yes")).isEqualTo(2);
        assertThat(err.toString()).contains("refused: green has not passed verify");
        assertThat(deployerCalls).containsExactly("preview dev", "up dev");
        assertNoStackTrace();
    }

    @Test
    void unsupportedAndMalformedVersionsExitTwo() {
        assertThat(run("upgrade", "start", "dev", "--to", "1.36")).isEqualTo(2);
        assertThat(err.toString()).contains("1.36 is not supported by the pinned add-ons").contains("1.34 to 1.35");
        assertThat(run("upgrade", "start", "dev", "--to", "latest")).isEqualTo(2);
        assertThat(err.toString()).contains("'latest' is not a Kubernetes version");
        assertThat(deployerCalls).isEmpty();
        assertNoStackTrace();
    }

    @Test
    void usageMistakesExitTwo() {
        // GIVEN/WHEN a missing --to, both --weight and --steps, a bad duration, an unknown environment  THEN exit 2
        assertThat(run("upgrade", "start", "dev")).isEqualTo(2);
        assertThat(run("upgrade", "shift", "dev", "--weight", "10", "--steps", "10,100")).isEqualTo(2);
        assertThat(run("upgrade", "finish", "dev", "--soak", "soon")).isEqualTo(2);
        assertThat(err.toString()).contains("'soon' is not a duration");
        assertThat(run("upgrade", "status", "qa")).isEqualTo(2);
        assertThat(err.toString()).contains("no environment 'qa'");
        assertNoStackTrace();
    }

    @Test
    void verifyWithAFailingCheckExitsOne() {
        // GIVEN a started upgrade whose checks fail  WHEN verifying  THEN exit 1 with the failed check shown
        run("upgrade", "start", "dev", "--to", "1.35", "--yes");
        checksPass = false;
        assertThat(run("upgrade", "verify", "dev")).isEqualTo(1);
        assertThat(out.toString()).contains("FAIL nodes ready: 0 nodes");
    }

    @Test
    void destroyOfProdWithoutTheFlagExitsTwo() {
        assertThat(run("destroy", "prod", "--yes")).isEqualTo(2);
        assertThat(err.toString()).contains("prod is a prod-tier environment, which is protected").contains("--allow-tier prod");
        assertThat(run("drill", "cluster-loss", "prod", "--yes")).isEqualTo(2);
        assertThat(deployerCalls).isEmpty();
        assertNoStackTrace();
    }

    @Test
    void aFailingPulumiCallExitsOneWithItsMessage() {
        // GIVEN a deployer without credentials  WHEN destroying dev  THEN exit 1 with the CLI's reason, no stack trace
        assertThat(run("destroy", "dev", "--yes")).isEqualTo(1);
        assertThat(err.toString()).contains("failed: pulumi stack export of stack 'dev' failed: no credentials");
        assertNoStackTrace();
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] command : new String[][] {{"upgrade", "shift"}, {"destroy"}, {"recreate"}, {"drill", "cluster-loss"}}) {
            String[] args = new String[command.length + 1];
            System.arraycopy(command, 0, args, 0, command.length);
            args[command.length] = "--help";
            assertThat(root.execute(args)).isZero();
        }
        assertThat(out.toString()).contains("--allow-prod").contains("--steps").contains("--slot");
    }
}
