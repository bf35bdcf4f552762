package io.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.cli.bootstrap.ComponentStateBackendPrograms;
import io.slipway.plan.OfflinePlanner;
import io.slipway.plan.TestEnvironments;
import io.slipway.plan.TinyPlatform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
    @TempDir
    Path home;

    private CliServices services;

    @BeforeEach
    void projectWithDevAndStaging() throws Exception {
        Files.createDirectories(home.resolve("environments"));
        TestEnvironments.copyOfDev(home.resolve("environments"), "dev");
        TestEnvironments.copyOfDev(home.resolve("environments"), "staging");
        services = CliRun.services(home, TinyPlatform::define, new ComponentStateBackendPrograms(),
                (stack, config, program) -> Map.of(), "");
    }

    @Test
    void printsTheTreeCountsAndOutputs() {
        // GIVEN a project with a dev environment WHEN it is planned
        var run = CliRun.run(services, "plan", "dev");

        // THEN the tree shows each resource under its parent, components included, then counts and outputs,
        // then the policy checks: the tiny VPC has neither flow logs nor a closed default security group, exit 3
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("FAIL     SLW-AWS-014").contains("FAIL     SLW-AWS-015").contains("dev: FAILED (2 failures, 0 waived)");
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("+ pulumi:pulumi:Stack  slipway-dev\n")
                .contains("\n    + " + TinyPlatform.COMPONENT + "  dev\n")
                .contains("\n        + aws:ec2/vpc:Vpc  vpc  [protected]\n")
                .contains("\n        + aws:ec2/subnet:Subnet  private-a\n")
                .contains("Resources by type:\n")
                .contains("1  aws:ec2/subnet:Subnet\n")
                .contains("5  total\n")
                .contains("  grafanaAdminPassword: \"[secret]\"\n")
                .contains("  zones: [\"b\",\"a\"]\n")
                .doesNotContain(OfflinePlanner.PASSWORD_PLACEHOLDER);
    }

    @Test
    void writesTheJsonFileWhenAsked() throws Exception {
        // GIVEN a target file WHEN dev is planned with --json
        Path json = home.resolve("plan.json");
        var run = CliRun.run(services, "plan", "dev", "--json", json.toString());

        // THEN the file holds the plan and the command says where it went (exit 3: the tiny VPC fails two policies)
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(Files.readString(json)).startsWith("{\n  \"stack\": \"dev\",\n  \"resources\": [");
        assertThat(run.out()).contains("Wrote the plan as JSON to " + json);
    }

    @Test
    void invalidEnvironmentPrintsEveryProblemAndWritesNoJson() {
        // GIVEN an environment with a misspelt key
        Path file = TestEnvironments.broken(home.resolve("environments"), "broken");
        Path json = home.resolve("broken.json");

        // WHEN it is planned with --json
        var run = CliRun.run(services, "plan", "broken", "--json", json.toString());

        // THEN the problem names the file and the key, on stderr, exit 2, no trace, no JSON file
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the environment is invalid").contains(file.getFileName().toString()).contains("kubernetesVersoin");
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
        assertThat(json).doesNotExist();
    }

    @Test
    void unknownStackListsTheAvailableOnes() {
        // GIVEN dev and staging WHEN a stack without a file is planned
        var run = CliRun.run(services, "plan", "prdo");

        // THEN the message names the missing file and the stacks there are, exit 2
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown stack 'prdo'").contains("Pulumi.prdo.yaml")
                .contains("available stacks: dev, staging");
    }

    @Test
    void environmentsOptionPointsElsewhere() throws Exception {
        // GIVEN another directory holding only a 'qa' stack
        Path other = Files.createDirectories(home.resolve("elsewhere"));
        TestEnvironments.copyOfDev(other, "qa");

        // WHEN qa is planned from there THEN it is found; a missing directory is a user mistake
        assertThat(CliRun.run(services, "plan", "qa", "--environments", other.toString()).out()).contains("qa: FAILED");
        var missing = CliRun.run(services, "plan", "qa", "--environments", home.resolve("nope").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--environments").contains("no such directory");
    }

    @Test
    void programErrorIsOneMessageAndAPointerToDebug() {
        // GIVEN a program that throws WHEN dev is planned
        var failing = CliRun.services(home, TinyPlatform::failing, new ComponentStateBackendPrograms(),
                (stack, config, program) -> Map.of(), "");
        var run = CliRun.run(failing, "plan", "dev");
        var debug = CliRun.run(failing, "plan", "dev", "--debug");

        // THEN the plan fails (exit 1) with the cause, details only with --debug
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("failed on the offline engine").contains("the test cloud is not built")
                .contains("run with --debug for details").doesNotContain("\tat ");
        assertThat(debug.exitCode()).isEqualTo(1);
        assertThat(debug.err()).contains("\tat ");
    }

    @Test
    void jsonIntoAMissingDirectoryIsAUserMistake() {
        // GIVEN a --json path whose directory does not exist WHEN dev is planned
        var run = CliRun.run(services, "plan", "dev", "--json", home.resolve("no/such/dir/plan.json").toString());

        // THEN it says so before planning, exit 2
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--json").contains("does not exist");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void jsonThatIsADirectoryIsAUserMistakeBeforeAnythingIsPrinted() {
        // GIVEN a --json path that is an existing directory WHEN dev is planned
        var run = CliRun.run(services, "plan", "dev", "--json", home.toString());

        // THEN it says so before planning, exit 2, instead of printing the plan and failing to write it
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--json").contains("is a directory");
        assertThat(run.out()).isEmpty();
        // AND with --all a directory that does not exist is refused the same way
        var all = CliRun.run(services, "plan", "--all", "--json", home.resolve("no-such-dir").toString());
        assertThat(all.exitCode()).isEqualTo(2);
        assertThat(all.err()).contains("--json").contains("does not exist");
        assertThat(all.out()).isEmpty();
    }
}
