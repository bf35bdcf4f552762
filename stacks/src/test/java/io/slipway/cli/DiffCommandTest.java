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

/** {@code slipway diff --base-plan} as CI runs it, with the exit codes a job branches on. */
class DiffCommandTest {
    @TempDir
    Path home;

    private CliServices services;
    private Path devFile;
    private Path basePlan;

    @BeforeEach
    void projectWithABasePlan() throws Exception {
        devFile = TestEnvironments.copyOfDev(Files.createDirectories(home.resolve("environments")), "dev");
        services = CliRun.services(home, TinyPlatform::define, new ComponentStateBackendPrograms(), (s, c, p) -> Map.of(), "");
        basePlan = home.resolve("base.json");
        CliRun.run(services, "plan", "dev", "--json", basePlan.toString());
    }

    private void edit(String from, String to) throws Exception {
        Files.writeString(devFile, Files.readString(devFile).replace(from, to));
    }

    @Test
    void noChangesExitsZero() {
        var run = CliRun.run(services, "diff", "dev", "--base-plan", basePlan.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Diff of dev: " + basePlan + " -> the working tree\nNo changes.\n");
    }

    @Test
    void anUpdateExitsThreeAndWritesJson() throws Exception {
        // GIVEN the environment's tags change WHEN diffed with --json
        edit("team: platform", "team: payments");
        Path json = home.resolve("diff.json");
        var run = CliRun.run(services, "diff", "dev", "--base-plan", basePlan.toString(), "--json", json.toString());

        // THEN the VPC's tag is an update, exit 3, and the JSON carries old and new values
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("    ~ aws:ec2/vpc:Vpc  vpc  [protected]\n        tags.team: \"platform\" -> \"payments\"\n");
        assertThat(Files.readString(json)).contains("\"path\" : \"tags.team\"").contains("\"old\" : \"\\\"platform\\\"\"");
    }

    @Test
    void replacingAProtectedResourceExitsFourLoudly() throws Exception {
        // GIVEN the network CIDR changes: the protected VPC is replaced
        edit("cidr: 10.10.0.0/16", "cidr: 10.12.0.0/16");
        var run = CliRun.run(services, "diff", "dev", "--base-plan", basePlan.toString());

        // THEN it says so with the provider's reason and exits 4
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.out()).contains("+- aws:ec2/vpc:Vpc  vpc  (replace)  [protected]")
                .contains("cidrBlock: \"10.10.0.0/16\" -> \"10.12.0.0/16\"  forces replacement [terraform-provider-aws")
                .contains("!! aws:ec2/vpc:Vpc vpc: replaces a protected resource: its data goes with it");
    }

    @Test
    void aBasePlanOfAnotherStackOrBothBasesAreUserMistakes() throws Exception {
        TestEnvironments.copyOfDev(home.resolve("environments"), "qa");
        var other = CliRun.run(services, "diff", "qa", "--base-plan", basePlan.toString());
        assertThat(other.exitCode()).isEqualTo(2);
        assertThat(other.err()).contains("is a plan of stack 'dev', not 'qa'");
        var both = CliRun.run(services, "diff", "dev", "--base", "HEAD", "--base-plan", basePlan.toString());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
    }
}
