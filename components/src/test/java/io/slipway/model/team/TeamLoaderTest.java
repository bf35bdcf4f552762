package io.slipway.model.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.slipway.model.Tier;
import io.slipway.model.loading.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamLoaderTest {
    /** The team file of issue 13, exactly as written there. */
    static final String PAYMENTS = """
            name: payments
            owners:
              aws: [arn:aws:iam::111122223333:role/payments-developers]
              gcp: [group:payments@example.com]
            contact: payments@example.com
            costCenter: "4711"
            environments: [dev, staging]
            namespaces:
              - name: payments-api
                quota: {cpu: "8", memory: 16Gi, pods: 50}
            """;
    static final String SOURCE = "teams/payments.yaml";

    private final TeamLoader loader = new TeamLoader(Set.of("dev", "staging", "prod", "gcp-dev"),
            Set.of("kube-system", "default", "monitoring", "traefik", "cert-manager"));

    @Test
    void theIssuesExampleLoadsAsWritten() {
        // WHEN the example is loaded
        TeamSpec team = loader.load(SOURCE, "payments", PAYMENTS);
        // THEN every field is bound, with restricted Pod Security by default
        assertThat(team.name()).isEqualTo("payments");
        assertThat(team.owners().aws()).containsExactly("arn:aws:iam::111122223333:role/payments-developers");
        assertThat(team.owners().gcp()).containsExactly("group:payments@example.com");
        assertThat(team.costCenter()).isEqualTo("4711");
        assertThat(team.environments().names()).containsExactly("dev", "staging");
        assertThat(team.namespaces()).singleElement().satisfies(ns -> {
            assertThat(ns.name()).isEqualTo("payments-api");
            assertThat(ns.quota().cpu()).isEqualTo("8");
            assertThat(ns.quota().pods()).isEqualTo(50);
            assertThat(ns.podSecurity().level()).isEqualTo(PodSecurityLevel.RESTRICTED);
        });
        assertThat(team.environments().includes("dev", Tier.DEV)).isTrue();
        assertThat(team.environments().includes("prod", Tier.PROD)).isFalse();
    }

    @Test
    void aTierPlacementIncludesEveryEnvironmentOfThatTier() {
        // GIVEN a team placed by tier
        TeamSpec team = loader.load(SOURCE, "payments", PAYMENTS.replace("environments: [dev, staging]", "environments: {tier: staging}"));
        // THEN it runs in every staging environment and nowhere else
        assertThat(team.environments().tier()).isEqualTo(Tier.STAGING);
        assertThat(team.environments().includes("staging", Tier.STAGING)).isTrue();
        assertThat(team.environments().includes("staging-eu", Tier.STAGING)).isTrue();
        assertThat(team.environments().includes("dev", Tier.DEV)).isFalse();
    }

    @Test
    void unknownKeysGetASuggestion() {
        // GIVEN misspelt keys at the top and inside a namespace
        String yaml = PAYMENTS.replace("costCenter:", "costCentre:").replace("quota:", "quotas:");
        // THEN each is named at its key path with the key that was meant
        assertThat(problems(yaml)).contains(
                "teams/payments.yaml: costCentre: unknown key 'costCentre'; did you mean 'costCenter'?",
                "teams/payments.yaml: namespaces[0].quotas: unknown key 'quotas'; did you mean 'quota'?")
                .noneMatch(p -> p.contains("missing required key 'costCenter'"));
    }

    @Test
    void quantitiesFollowTheKubernetesGrammar() {
        // GIVEN a memory in GB notation, a cpu in words and a negative storage
        String yaml = PAYMENTS.replace("quota: {cpu: \"8\", memory: 16Gi, pods: 50}",
                "quota: {cpu: eight, memory: 16GB, storage: \"-1Gi\", cpuLimit: 500m, pods: -1}");
        // THEN each is refused with what would be valid
        assertThat(problems(yaml)).containsExactlyInAnyOrder(
                "teams/payments.yaml: namespaces[0].quota.cpu: 'eight' is not a Kubernetes quantity; write a number with an optional suffix, e.g. 500m, 2 or 1.5",
                "teams/payments.yaml: namespaces[0].quota.memory: '16GB' is not a Kubernetes quantity; write a number with an optional suffix, e.g. 512Mi, 16Gi or 1G",
                "teams/payments.yaml: namespaces[0].quota.storage: '-1Gi' is negative; a storage amount is zero or more",
                "teams/payments.yaml: namespaces[0].quota.pods: out of range: the number -1 is outside 0..10000;"
                        + " expected a whole number from 0 to 10000 (a namespace past that is a cluster of its own)");
    }

    @Test
    void aLimitBelowItsRequestIsRefused() {
        String yaml = PAYMENTS.replace("quota: {cpu: \"8\", memory: 16Gi, pods: 50}",
                "quota: {cpu: \"8\", cpuLimit: 4000m}\n    containerDefaults: {memoryRequest: 1Gi, memoryLimit: 512Mi}");
        assertThat(problems(yaml)).containsExactlyInAnyOrder(
                "teams/payments.yaml: namespaces[0].quota.cpuLimit: cpuLimit 4000m is below cpu 8; Kubernetes refuses a limit below its request",
                "teams/payments.yaml: namespaces[0].containerDefaults.memoryLimit: memoryLimit 512Mi is below memoryRequest 1Gi; "
                        + "Kubernetes refuses a limit below its request");
    }

    @Test
    void namespacesAreDnsLabelsAndNeverThePlatforms() {
        // GIVEN an invalid name, an add-on's namespace, kube-system and a kube-* name
        String yaml = PAYMENTS.replace("  - name: payments-api\n", """
                  - name: Payments_API
                  - name: monitoring
                  - name: kube-system
                  - name: kube-payments
                  - name: payments-api
                """);
        List<String> problems = problems(yaml);
        // THEN each is refused at its index
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(
                "teams/payments.yaml: namespaces[0].name: 'Payments_API' is not a valid namespace name; expected a DNS label"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(
                "teams/payments.yaml: namespaces[1].name: 'monitoring' is a platform namespace and never a team's"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("teams/payments.yaml: namespaces[2].name: 'kube-system' is a platform namespace"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("teams/payments.yaml: namespaces[3].name: 'kube-payments' is a platform namespace"));
        assertThat(problems).hasSize(4);
    }

    @Test
    void anUnknownEnvironmentIsAnErrorWithTheCloseOne() {
        String yaml = PAYMENTS.replace("environments: [dev, staging]", "environments: [dev, prd]");
        assertThat(problems(yaml)).containsExactly("teams/payments.yaml: environments[1]: there is no environment 'prd' "
                + "(no environments/Pulumi.prd.yaml); did you mean 'prod'? environments: dev, gcp-dev, prod, staging");
    }

    @Test
    void aPlacementIsAListOrATier() {
        assertThat(problems(PAYMENTS.replace("environments: [dev, staging]", "environments: dev"))).containsExactly(
                "teams/payments.yaml: environments: expected a list of environment names, e.g. [dev, staging], "
                        + "or {tier: dev|staging|prod}; got 'dev'; write [dev]");
        assertThat(problems(PAYMENTS.replace("environments: [dev, staging]", "environments: {tier: qa}")))
                .singleElement().asString().startsWith("teams/payments.yaml: environments.tier: invalid value 'qa'");
        assertThat(problems(PAYMENTS.replace("environments: [dev, staging]\n", ""))).singleElement().asString()
                .startsWith("teams/payments.yaml: environments: missing required key 'environments'");
    }

    @Test
    void ownersMustBeRoleArnsAndGooglePrincipals() {
        String yaml = PAYMENTS.replace("arn:aws:iam::111122223333:role/payments-developers", "arn:aws:iam::1234:user/alice")
                .replace("group:payments@example.com", "payments@example.com");
        assertThat(problems(yaml)).containsExactly(
                "teams/payments.yaml: owners.aws[0]: 'arn:aws:iam::1234:user/alice' is not an IAM role ARN; "
                        + "expected arn:aws:iam::<12-digit account>:role/<name>",
                "teams/payments.yaml: owners.gcp[0]: 'payments@example.com' is not a GCP principal; expected group:<e-mail> "
                        + "or user:<e-mail>, e.g. group:payments@example.com");
        assertThat(problems(PAYMENTS.replace("  aws: [arn:aws:iam::111122223333:role/payments-developers]\n", "")
                .replace("  gcp: [group:payments@example.com]\n", "  gcp: []\n")))
                .containsExactly("teams/payments.yaml: owners: no owners: list AWS role ARNs under owners.aws and/or GCP groups or users under owners.gcp");
    }

    @Test
    void aPodSecurityLevelBelowRestrictedNeedsAReason() {
        String baseline = PAYMENTS + "    podSecurity: {level: baseline}\n";
        assertThat(problems(baseline)).containsExactly("teams/payments.yaml: namespaces[0].podSecurity.reason: Pod Security level "
                + "'baseline' needs a reason: say which workload cannot run restricted, and why");
        assertThat(loader.load(SOURCE, "payments", PAYMENTS + "    podSecurity: {level: baseline, reason: legacy image runs as root}\n")
                .namespaces().get(0).podSecurity().level()).isEqualTo(PodSecurityLevel.BASELINE);
        assertThat(problems(PAYMENTS + "    podSecurity: {level: privileged, reason: needs the host}\n")).singleElement().asString()
                .contains("namespaces[0].podSecurity.level: invalid value 'privileged'").contains("valid: restricted, baseline");
    }

    @Test
    void extraIngressSourcesNameANamespaceOrAnIpv4Range() {
        String yaml = PAYMENTS + """
                    allowIngressFrom:
                      - {namespace: checkout-web}
                      - {cidr: 10.20.0.1/16}
                      - {namespace: checkout-web, cidr: 10.0.0.0/8}
                """;
        assertThat(problems(yaml)).containsExactly(
                "teams/payments.yaml: namespaces[0].allowIngressFrom[1].cidr: '10.20.0.1/16' has host bits set; did you mean 10.20.0.0/16?",
                "teams/payments.yaml: namespaces[0].allowIngressFrom[2]: give exactly one of namespace (a namespace of the cluster) "
                        + "or cidr (an IPv4 range)");
    }

    @Test
    void theTeamIsNamedAfterItsFileAndHasAValidContactAndCostCenter() {
        String yaml = PAYMENTS.replace("contact: payments@example.com", "contact: payments team")
                .replace("costCenter: \"4711\"", "costCenter: \"47 11\"");
        assertThat(problems(yaml, "billing")).containsExactly(
                "teams/payments.yaml: name: the team 'payments' must live in teams/payments.yaml (one file per team, named after it), not in billing.yaml",
                "teams/payments.yaml: contact: 'payments team' is not an e-mail address; the platform team reaches the team there",
                "teams/payments.yaml: costCenter: '47 11' cannot be a Kubernetes label value; expected 1-63 letters, digits, '-', '_' or '.', "
                        + "starting and ending with a letter or digit");
    }

    @Test
    void aNamespaceOrARoleClaimedByTwoTeamsIsReportedWithBothFiles(@TempDir Path project) throws IOException {
        // GIVEN two team files that claim the same namespace and owner role
        Path teams = Files.createDirectories(project.resolve("teams"));
        Files.writeString(teams.resolve("payments.yaml"), PAYMENTS);
        Files.writeString(teams.resolve("refunds.yaml"), PAYMENTS.replaceFirst("name: payments\n", "name: refunds\n"));
        // WHEN the directory is loaded
        var thrown = catchThrowableOfType(InvalidTeamsException.class, () -> loader.loadDirectory(teams));
        // THEN both problems name the second file, its key and the first file
        assertThat(thrown.problems()).extracting(Problem::path).containsExactly("namespaces[0].name", "owners.aws[0]");
        assertThat(thrown.problems()).allSatisfy(p -> assertThat(p.source()).endsWith("refunds.yaml"));
        assertThat(thrown.problems().get(0).message()).startsWith("the namespace 'payments-api' is already claimed in ")
                .contains("payments.yaml");
    }

    @Test
    void everyFileIsCheckedAndAMissingDirectoryHoldsNoTeams(@TempDir Path project) throws IOException {
        assertThat(loader.loadDirectory(project.resolve("teams")).teams()).isEmpty();
        Path teams = Files.createDirectories(project.resolve("teams"));
        Files.writeString(teams.resolve("payments.yaml"), PAYMENTS.replace("pods: 50", "pods: many"));
        Files.writeString(teams.resolve("search.yml"), "name: search");
        Files.writeString(teams.resolve("broken.yaml"), "name: [");
        var thrown = catchThrowableOfType(InvalidTeamsException.class, () -> loader.loadDirectory(teams));
        assertThat(thrown.problems()).extracting(Problem::render).anySatisfy(p -> assertThat(p).contains("broken.yaml: not valid YAML"))
                .anySatisfy(p -> assertThat(p).contains("payments.yaml: namespaces[0].quota.pods: expected a whole number"))
                .anySatisfy(p -> assertThat(p).contains("search.yml: team files are named <team>.yaml"));
    }

    private List<String> problems(String yaml) {
        return problems(yaml, "payments");
    }

    private List<String> problems(String yaml, String stem) {
        var thrown = catchThrowableOfType(InvalidTeamsException.class, () -> loader.load(SOURCE, stem, yaml));
        assertThat(thrown).as("expected the team file to be refused").isNotNull();
        return thrown.problems().stream().map(Problem::render).toList();
    }
}
