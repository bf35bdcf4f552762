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

/** {@code plan}, {@code validate}, {@code check} and {@code cost} with {@code --all}: every stack in one process, each as it is alone. */
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
    void planAllOfTheProjectPrintsExactlyEachEnvironmentsPlan() {
        // GIVEN the project's environments (AWS and GCP, different slots and add-ons), its teams and the real program
        Path project = TestEnvironments.PROJECT_ENVIRONMENTS.getParent();
        var real = CliRun.services(project, PlatformProgram.withProjectTeams(project), new ComponentStateBackendPrograms(),
                (stack, config, program) -> Map.of(), "");

        // WHEN every environment is planned in one process, and each alone
        var all = CliRun.run(real, "plan", "--all");
        StringBuilder alone = new StringBuilder();
        int worst = 0;
        for (String stack : new StackFiles(TestEnvironments.PROJECT_ENVIRONMENTS).stacks()) {
            var run = CliRun.run(real, "plan", stack);
            alone.append("== ").append(stack).append(" ==\n").append(run.out());
            worst = Math.max(worst, run.exitCode());
        }

        // THEN --all prints byte for byte what the environments print alone: nothing shared between them leaks from one
        // plan into the next
        assertThat(all.err()).isEmpty();
        assertThat(all.exitCode()).isEqualTo(worst).isZero();
        assertThat(all.out()).isEqualTo(alone.toString())
                .contains("+ pulumi:pulumi:Stack  slipway-gcp-dev\n", "+ pulumi:pulumi:Stack  slipway-prod\n");
    }

    @Test
    void checkAndCostAllGiveEachStacksResultAfterItsHeading() {
        // WHEN check and cost run for every stack, and for each alone
        var check = CliRun.run(services, "check", "--all");
        var cost = CliRun.run(services, "cost", "--all");
        StringBuilder checkAlone = new StringBuilder();
        StringBuilder costAlone = new StringBuilder();
        for (String stack : new String[] {"dev", "qa", "staging"}) {
            checkAlone.append("== ").append(stack).append(" ==\n").append(CliRun.run(services, "check", stack).out());
            costAlone.append("== ").append(stack).append(" ==\n").append(CliRun.run(services, "cost", stack).out());
        }

        // THEN each prints what each stack prints alone, and exits as the worst (check: 3, the tiny program fails the gate)
        assertThat(check.out()).isEqualTo(checkAlone.toString()).contains("qa: FAILED");
        assertThat(check.exitCode()).isEqualTo(3);
        assertThat(cost.out()).isEqualTo(costAlone.toString()).contains("Total: $");
        assertThat(cost.exitCode()).isZero();
    }

    @Test
    void checkAllReportsAnInvalidStackAndStillChecksTheOthers() throws Exception {
        // GIVEN a broken stack among valid ones WHEN every stack is checked with --json
        TestEnvironments.broken(home.resolve("environments"), "broken");
        Path json = home.resolve("check.json");
        var run = CliRun.run(services, "check", "--all", "--json", json.toString());

        // THEN the broken one is reported as alone (exit 2 ranks above the others' failures) and the others' findings
        // are still checked and written
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("kubernetesVersoin").doesNotContain("\tat ");
        assertThat(run.out()).contains("== broken ==\n== dev ==\n").contains("staging: FAILED");
        assertThat(Files.readString(json)).startsWith("{\n  \"passed\" : false,\n  \"unchecked\" : [ \"broken\" ],")
                .contains("\"stack\" : \"staging\"").doesNotContain("\"stack\" : \"broken\"");
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

        // THEN check and cost, which take the same selection, say the same; cost refuses --diff-plan with --all
        assertThat(CliRun.run(services, "cost").err()).contains("missing the <stack> (one of dev, qa, staging), or --all");
        assertThat(CliRun.run(services, "check", "qa", "--all").err()).contains("either a <stack> or --all");
        var diffPlan = CliRun.run(services, "cost", "--all", "--diff-plan", "plan.json");
        assertThat(diffPlan.exitCode()).isEqualTo(2);
        assertThat(diffPlan.err()).contains("--diff-plan compares one stack");
    }
}
