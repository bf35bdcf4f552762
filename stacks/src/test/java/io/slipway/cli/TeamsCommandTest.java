package io.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.cli.bootstrap.ComponentStateBackendPrograms;
import io.slipway.plan.TestEnvironments;
import io.slipway.plan.TinyPlatform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamsCommandTest {
    @TempDir
    Path home;

    private CliServices services;

    @BeforeEach
    void project() throws IOException {
        Path environments = Files.createDirectories(home.resolve("environments"));
        TestEnvironments.copyOfDev(environments, "dev");
        TestEnvironments.copyOfDev(environments, "staging");
        TestEnvironments.copyOfDev(environments, "qa");
        Path teams = Files.createDirectories(home.resolve("teams"));
        // The real example, as shipped
        Files.copy(Path.of("..", "teams", "payments.yaml"), teams.resolve("payments.yaml"));
        Files.writeString(teams.resolve("search.yaml"), """
                name: search
                owners: {gcp: [user:ada@example.com]}
                contact: search@example.com
                costCenter: "4712"
                environments: {tier: dev}
                namespaces:
                  - name: search-api
                    quota: {cpu: "3", memory: 6Gi, loadBalancers: 1}
                    containerDefaults: {cpuRequest: 200m, memoryRequest: 512Mi}
                    podSecurity: {level: baseline, reason: elasticsearch sets vm.max_map_count}
                """);
        services = CliRun.services(home, TinyPlatform::define, new ComponentStateBackendPrograms(),
                (stack, config, program) -> Map.of(), "");
    }

    @Test
    void listsEveryTeamWithItsNamespacesAndWhereItRuns() {
        // WHEN the teams are listed
        var run = CliRun.run(services, "teams");
        // THEN each team shows its namespaces, its environments (a tier resolved to the environments of that tier) and owners
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^TEAM\\s+NAMESPACES\\s+ENVIRONMENTS\\s+OWNERS\\s+CONTACT\\s+COST CENTER$")
                .containsPattern("(?m)^payments\\s+payments-api\\s+dev, staging\\s+1 AWS role, 1 GCP principal\\s+payments@example.com\\s+4711$")
                .containsPattern("(?m)^search\\s+search-api\\s+tier dev \\(dev, qa, staging\\)\\s+1 GCP principal\\s+search@example.com\\s+4712$");
    }

    @Test
    void anEnvironmentShowsWhatEachNamespaceGetsThere() {
        var run = CliRun.run(services, "teams", "dev");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^payments\\s+payments-api\\s+8/8\\s+16Gi/16Gi\\s+50\\s+0\\s+5\\s+20Gi\\s+50m/500m, 64Mi/256Mi\\s+restricted$")
                .containsPattern("(?m)^search\\s+search-api\\s+3/4\\s+6Gi/8Gi\\s+30\\s+1\\s+5\\s+20Gi\\s+200m/500m, 512Mi/512Mi\\s+baseline$");
        assertThat(CliRun.run(services, "teams", "nope").exitCode()).isEqualTo(2);
    }

    @Test
    void validateCoversTheTeamFiles() {
        var valid = CliRun.run(services, "validate", "qa");
        // exit 3: the files are valid, and the tiny test program's VPC without flow logs fails the policy gate after
        assertThat(valid.exitCode()).isEqualTo(3);
        assertThat(valid.out()).contains("teams/: 2 teams valid; placed in qa: search");
    }

    @Test
    void aBadTeamFileStopsValidatePlanAndTeamsWithExitTwo() throws IOException {
        // GIVEN a team file with an invalid quantity and a platform namespace
        Files.writeString(home.resolve("teams/search.yaml"), Files.readString(home.resolve("teams/search.yaml"))
                .replace("memory: 6Gi", "memory: 6GB").replace("name: search-api", "name: monitoring"));
        for (String[] args : new String[][] {{"validate", "dev"}, {"plan", "dev"}, {"teams"}}) {
            // WHEN any command that reads teams runs
            var run = CliRun.run(services, args);
            // THEN it names the file and keys, exits 2, and plans nothing
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).contains("slipway: the team files are invalid (2 problems); nothing was planned or changed:")
                    .contains("search.yaml: namespaces[0].name: 'monitoring' is a platform namespace and never a team's")
                    .contains("search.yaml: namespaces[0].quota.memory: '6GB' is not a Kubernetes quantity")
                    .doesNotContain("\tat ");
            assertThat(run.out()).isEmpty();
        }
    }
}
