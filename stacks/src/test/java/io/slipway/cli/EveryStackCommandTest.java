package io.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.cli.bootstrap.ComponentStateBackendPrograms;
import io.slipway.plan.StackFiles;
import io.slipway.plan.TestEnvironments;
import io.slipway.plan.TinyPlatform;
import io.slipway.platform.PlatformProgram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan --all} and {@code validate --all}: every stack in one process, each as it is alone. */
class EveryStackCommandTest {
    @TempDir
    Path home;

    private CliServices services;

    @BeforeEach
    void projectWithDevQaAndStaging() throws Exception {
        Path environments = Files.createDirectories(home.resolve("environments"));
        TestEnvironments.copyOfDev(environments, "dev");
        TestEnvironments.copyOfDev(environments, "qa");
        TestEnvironments.copyOfDev(environments, "staging");
        services = CliRun.services(home, TinyPlatform::define, new ComponentStateBackendPrograms(),
                (stack, config, program) -> Map.of(), "");
    }

    @Test
    void planAllPrintsExactlyWhatEachStackPrintsAlone() {
        // GIVEN three stacks WHEN they are planned one by one and then with --all
        String alone = "== dev ==\n" + CliRun.run(services, "plan", "dev").out()
                + "== qa ==\n" + CliRun.run(services, "plan", "qa").out()
                + "== staging ==\n" + CliRun.run(services, "plan", "staging").out();
        var all = CliRun.run(services, "plan", "--all");

        // THEN --all prints the same plans, in stack order, each after its heading, and exits as they do (the tiny
        // test program's VPC has no flow logs, so the policy gate exits 3 for each)
        assertThat(all.exitCode()).isEqualTo(CliRun.run(services, "plan", "dev").exitCode()).isEqualTo(3);
        assertThat(all.err()).isEmpty();
        assertThat(all.out()).isEqualTo(alone).contains("+ pulumi:pulumi:Stack  slipway-qa\n");
    }

    @Test
    void validateAllOfTheProjectGivesEachStacksResult() {
        // GIVEN the project's own environments (the real rules, the shipped files)
        var project = CliRun.services(TestEnvironments.PROJECT_ENVIRONMENTS.getParent(), PlatformProgram::define,
                new ComponentStateBackendPrograms(), (stack, config, program) -> Map.of(), "");

        // WHEN each is validated alone and all are validated together
        var all = CliRun.run(project, "validate", "--all");
        StringBuilder alone = new StringBuilder();
        for (String stack : new StackFiles(TestEnvironments.PROJECT_ENVIRONMENTS).stacks()) {
            alone.append("== ").append(stack).append(" ==\n").append(CliRun.run(project, "validate", stack).out());
        }

        // THEN the results are the same, dev, gcp-dev, prod and staging among them
        assertThat(all.exitCode()).isZero();
        assertThat(all.out()).isEqualTo(alone.toString()).contains("== gcp-dev ==", "== prod ==", "Pulumi.prod.yaml: valid");
    }

    @Test
    void anInvalidStackIsReportedAndTheOthersStillRun() {
        // GIVEN a broken stack among valid ones
        TestEnvironments.broken(home.resolve("environments"), "broken");

        // WHEN every stack is validated and planned
        var validate = CliRun.run(services, "validate", "--all");
        var plan = CliRun.run(services, "plan", "--all");

        // THEN the broken one's problems are reported as alone, the others still run, and the exit code is 2: an
        // invalid file ranks above the others' failed policy checks (3)
        for (CliRun run : new CliRun[] {validate, plan}) {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("the environment is invalid").contains("kubernetesVersoin").doesNotContain("\tat ");
            assertThat(run.out()).contains("== broken ==\n== dev ==\n").contains("== staging ==\n");
        }
        assertThat(validate.out()).contains("Pulumi.staging.yaml: valid");
        assertThat(plan.out()).contains("+ pulumi:pulumi:Stack  slipway-staging\n");
    }

    @Test
    void planAllWritesOneJsonFilePerStackIntoTheDirectory() throws Exception {
        // GIVEN a directory for the JSON WHEN every stack is planned with --json
        Path directory = Files.createDirectories(home.resolve("plans"));
        var run = CliRun.run(services, "plan", "--all", "--json", directory.toString());

        // THEN each stack has its file, holding its own plan (exit 3: the tiny program fails the policy gate)
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(Files.readString(directory.resolve("qa.json"))).startsWith("{\n  \"stack\": \"qa\",");
        assertThat(run.out()).contains("Wrote the plan as JSON to " + directory.resolve("staging.json"));
    }

    @Test
    void aStackAndAllTogetherOrNeitherIsAUserMistake() {
        // WHEN plan gets both a stack and --all, or validate gets neither
        var both = CliRun.run(services, "plan", "dev", "--all");
        var neither = CliRun.run(services, "validate");

        // THEN each says what to give, exit 2, nothing planned
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("either a <stack> or --all");
        assertThat(both.out()).isEmpty();
        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(neither.err()).contains("missing the <stack> (one of dev, qa, staging), or --all");
    }
}
