package io.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.cli.bootstrap.ComponentStateBackendPrograms;
import io.slipway.plan.TestEnvironments;
import io.slipway.plan.TinyPlatform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code slipway check} as CI runs it; the tiny program's VPC lacks flow logs and a closed default group (both medium). */
class CheckCommandTest {
    @TempDir
    Path home;

    private CliServices services;

    @BeforeEach
    void project() throws Exception {
        Files.createDirectories(home.resolve("environments"));
        TestEnvironments.copyOfDev(home.resolve("environments"), "dev");
        TestEnvironments.copyOfDev(home.resolve("environments"), "qa");
        services = CliRun.services(home, TinyPlatform::define, new ComponentStateBackendPrograms(), (s, c, p) -> Map.of(), "");
    }

    @Test
    void failsWithExitThreeAndWritesEveryFindingAsJson() throws Exception {
        // GIVEN every environment WHEN checked with --json
        Path json = home.resolve("check.json");
        var run = CliRun.run(services, "check", "--all", "--json", json.toString());

        // THEN each environment fails on both rules, exit 3, and the JSON says which resource broke which rule
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("Policy check of dev").contains("Policy check of qa").contains("qa: FAILED (2 failures, 0 waived)");
        assertThat(Files.readString(json)).contains("\"passed\" : false").contains("\"rule\" : \"SLW-AWS-014\"")
                .contains("\"status\" : \"FAIL\"").contains("\"name\" : \"vpc\"");
    }

    @Test
    void theThresholdLetsLowerSeveritiesPass() {
        // GIVEN medium violations WHEN checked at high THEN they are notes and the check passes
        var run = CliRun.run(services, "check", "dev", "--severity", "high");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("note     SLW-AWS-014").contains("dev: passed (0 failures, 0 waived)");
    }

    @Test
    void listsTheRules() {
        // WHEN the rules are listed THEN each has its id, severity and checkov/CIS mapping
        var run = CliRun.run(services, "check", "--list");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("| SLW-AWS-001 | high | EKS API endpoint private").contains("CKV_AWS_39").contains("| SLW-K8S-001 |");
    }

    @Test
    void userMistakesExitTwoWithoutATrace() {
        // GIVEN neither a stack nor --all, an unknown severity, an unknown stack THEN each is a clear exit 2
        var none = CliRun.run(services, "check");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("missing the <stack> (one of dev, qa), or --all for every stack");
        var severity = CliRun.run(services, "check", "dev", "--severity", "urgent");
        assertThat(severity.exitCode()).isEqualTo(2);
        assertThat(severity.err()).contains("unknown severity 'urgent'; valid: low, medium, high, critical");
        var unknown = CliRun.run(services, "check", "prod");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).doesNotContain("Exception");
    }
}
