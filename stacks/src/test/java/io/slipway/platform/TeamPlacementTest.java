package io.slipway.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.addons.teams.TeamNamespace;
import io.slipway.model.EnvironmentSpec;
import io.slipway.offline.CloudMocks;
import io.slipway.offline.OfflineEngine;
import io.slipway.offline.OfflineResult;
import io.slipway.offline.RegisteredResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which slots of which environments get a team's namespaces, through the whole platform program. */
class TeamPlacementTest {
    private static final String NAMESPACE = "kubernetes:core/v1:Namespace";
    private static final String TEAM = """
            name: %s
            owners: {aws: ["arn:aws:iam::111122223333:role/%s-developers"], gcp: ["group:%s@example.com"]}
            contact: %s@example.com
            costCenter: "4711"
            environments: %s
            namespaces: [{name: %s-api}]
            """;

    @TempDir
    Path project;

    @BeforeEach
    void projectWithTheRealEnvironments() throws IOException {
        Path environments = Files.createDirectories(project.resolve("environments"));
        for (String stack : Fixtures.projectStacks()) {
            Files.copy(Fixtures.PROJECT_ENVIRONMENTS.resolve("Pulumi." + stack + ".yaml"), environments.resolve("Pulumi." + stack + ".yaml"));
        }
        Files.createDirectories(project.resolve("teams"));
        team("payments", "[dev, staging]");
        team("search", "{tier: staging}");
        team("maps", "[gcp-dev]");
    }

    @Test
    void eachEnvironmentGetsTheTeamsPlacedInItByNameOrTier() {
        // WHEN the real environments are planned with the project's teams
        // THEN dev has payments, staging payments and the staging-tier team, prod none, gcp-dev its own team
        assertThat(teamNamespaces(plan("dev", Fixtures.projectSpec("dev")))).containsExactly("dev-blue-payments-api");
        assertThat(teamNamespaces(plan("staging", Fixtures.projectSpec("staging"))))
                .containsExactly("staging-blue-payments-api", "staging-blue-search-api");
        assertThat(ProjectTeams.load(project).placedIn("prod", Fixtures.projectSpec("prod").tier())).isEmpty();
        var gcp = plan("gcp-dev", Fixtures.projectSpec("gcp-dev"));
        assertThat(teamNamespaces(gcp)).containsExactly("gcp-dev-blue-maps-api");
        assertThat(gcp.single("kubernetes:rbac.authorization.k8s.io/v1:RoleBinding").require("subjects"))
                .isEqualTo(List.of(Map.of("apiGroup", "rbac.authorization.k8s.io", "kind", "Group", "name", "maps@example.com")));
        // AND on GCP the weighted shared records wait for the team namespaces too
        String mapsNamespace = gcp.named(NAMESPACE, "gcp-dev-blue-maps-api").urn();
        assertThat(gcp.ofType("gcp:dns/recordSet:RecordSet")).isNotEmpty()
                .allSatisfy(record -> assertThat(record.dependencies()).contains(mapsNamespace));
    }

    @Test
    void bothSlotsOfAnUpgradeGetTheNamespacesAndTheNewSlotsRecordsWaitForThem() {
        // GIVEN dev in the middle of an upgrade: green added at weight 0
        var phase = SlotDnsPerPhaseTest.phases().get(1);
        EnvironmentSpec upgrading = SlotDnsPerPhaseTest.spec("aws", phase, null);

        // WHEN planned as dev
        OfflineResult result = plan("dev", upgrading);

        // THEN each slot's cluster has the team's namespace, on its own provider
        assertThat(teamNamespaces(result)).containsExactly("dev-blue-payments-api", "dev-green-payments-api");
        var green = result.named(NAMESPACE, "dev-green-payments-api");
        assertThat(green.provider()).contains("dev-green");
        assertThat(result.ofType("aws:eks/accessEntry:AccessEntry")).extracting(RegisteredResource::name)
                .contains("dev-blue-team-payments-payments-developers", "dev-green-team-payments-payments-developers");
        // AND green's DNS records are only written once its team namespaces exist
        var greenRecords = result.ofType("aws:route53/record:Record").stream().filter(r -> r.name().contains("green")).toList();
        assertThat(greenRecords).isNotEmpty().allSatisfy(r -> assertThat(r.dependencies()).contains(green.urn()));
    }

    @Test
    void anEnvironmentCanTurnTeamNamespacesOff() {
        // GIVEN dev with teams.enabled false
        var off = Fixtures.validSpec(readDev() + "teams: {enabled: false}\n");
        // WHEN planned THEN no team object is registered
        OfflineResult result = plan("dev", off);
        assertThat(result.resources()).extracting(RegisteredResource::type).noneMatch(type -> type.startsWith("slipway:teams:"));
        assertThat(teamNamespaces(result)).isEmpty();
    }

    @Test
    void pulumiUpRefusesBadTeamFilesAndRegistersNothing() throws IOException {
        // GIVEN a team placed in an environment that does not exist, with a misspelt key
        Files.writeString(project.resolve("teams/billing.yaml"), TEAM.formatted("billing", "billing", "billing", "billing", "[qa]", "billing")
                .replace("costCenter", "costcenter"));
        String environment = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                        .readTree(project.resolve("environments/Pulumi.dev.yaml").toFile()).path("config").path("slipway:environment"));

        // WHEN the Pulumi entry point runs in that project
        var result = OfflineEngine.run("dev", CloudMocks.forEnvironment(Fixtures.projectSpec("dev")),
                Map.of("slipway:environment", environment, Fixtures.GRAFANA_PASSWORD_KEY, "pw"), Set.of(Fixtures.GRAFANA_PASSWORD_KEY),
                ctx -> PulumiEntryPoint.program(ctx, project));

        // THEN each problem is logged with the file and key, and only the stack exists
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).contains("billing.yaml: costcenter: unknown key 'costcenter'; did you mean 'costCenter'?"))
                .anySatisfy(e -> assertThat(e).contains("billing.yaml: environments[0]: there is no environment 'qa'"));
        assertThat(result.errors()).last().asString().contains("the team files are invalid").contains("nothing was registered");
        assertThat(result.resources()).extracting(RegisteredResource::type).containsExactly("pulumi:pulumi:Stack");
    }

    private OfflineResult plan(String stack, EnvironmentSpec spec) {
        var result = OfflineEngine.run(stack, CloudMocks.forEnvironment(spec), Map.of(Fixtures.GRAFANA_PASSWORD_KEY, "pw"),
                Set.of(Fixtures.GRAFANA_PASSWORD_KEY), ctx -> PlatformProgram.withProjectTeams(project).accept(ctx, spec));
        assertThat(result.errors()).isEmpty();
        return result;
    }

    private static List<String> teamNamespaces(OfflineResult result) {
        return result.ofType(NAMESPACE).stream()
                .filter(ns -> ns.input("metadata.labels").map(l -> ((Map<?, ?>) l).containsKey(TeamNamespace.TEAM_LABEL)).orElse(false))
                .map(RegisteredResource::name).sorted().toList();
    }

    private void team(String name, String placement) throws IOException {
        Files.writeString(project.resolve("teams/" + name + ".yaml"), TEAM.formatted(name, name, name, name, placement, name));
    }

    private String readDev() {
        try {
            var tree = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                    .readTree(project.resolve("environments/Pulumi.dev.yaml").toFile()).path("config").path("slipway:environment");
            return new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().writeValueAsString(tree).replaceFirst("^---\\n", "");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
