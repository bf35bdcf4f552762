package io.slipway.addons.teams;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.addons.Fixtures;
import io.slipway.offline.OfflineResult;
import io.slipway.offline.RegisteredResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class TeamNamespaceTest {
    static final String NAMESPACE = "kubernetes:core/v1:Namespace";
    static final String QUOTA = "kubernetes:core/v1:ResourceQuota";
    static final String LIMITS = "kubernetes:core/v1:LimitRange";
    static final String POLICY = "kubernetes:networking.k8s.io/v1:NetworkPolicy";
    static final String BINDING = "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding";
    static final String ENTRY = "aws:eks/accessEntry:AccessEntry";
    static final String ASSOCIATION = "aws:eks/accessPolicyAssociation:AccessPolicyAssociation";

    @Test
    void theIssuesTeamOnEks() {
        // GIVEN the payments team in a dev environment on AWS
        OfflineResult result = TeamFixtures.plan(Fixtures.aws("dev", ""), TeamFixtures.team(TeamFixtures.PAYMENTS));

        // THEN the namespace carries Pod Security labels pinned to the slot's minor and the team's cost labels
        var namespace = result.single(NAMESPACE);
        assertThat(namespace.require("metadata.name")).isEqualTo("payments-api");
        assertThat((Map<String, Object>) namespace.require("metadata.labels")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "pod-security.kubernetes.io/enforce", "restricted",
                "pod-security.kubernetes.io/enforce-version", "v1.34",
                "pod-security.kubernetes.io/audit", "restricted",
                "pod-security.kubernetes.io/warn", "restricted",
                "slipway.io/team", "payments",
                "slipway.io/cost-center", "4711",
                "app.kubernetes.io/managed-by", "slipway"));
        assertThat((Map<String, Object>) namespace.require("metadata.annotations")).containsEntry("slipway.io/contact", "payments@example.com");
        assertThat(namespace.provider()).contains("dev-blue");
        assertThat(namespace.dependencies()).anySatisfy(urn -> assertThat(urn).endsWith("::dev-blue"))
                .anySatisfy(urn -> assertThat(urn).endsWith("::dev-blue-system"));

        // AND the quota is the team's requests over the dev defaults, limits raised to match, no node ports
        var quota = result.single(QUOTA);
        assertThat(quota.require("metadata.namespace")).isEqualTo("payments-api");
        assertThat((Map<String, Object>) quota.require("spec.hard")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "requests.cpu", "8", "limits.cpu", "8", "requests.memory", "16Gi", "limits.memory", "16Gi",
                "pods", "50", "services.loadbalancers", "0", "services.nodeports", "0",
                "persistentvolumeclaims", "5", "requests.storage", "20Gi"));
        assertThat(quota.dependencies()).contains(namespace.urn());

        // AND containers without requests get the dev defaults
        var item = ((List<Map<String, Object>>) result.single(LIMITS).require("spec.limits")).get(0);
        assertThat(item).containsEntry("type", "Container")
                .containsEntry("defaultRequest", Map.of("cpu", "50m", "memory", "64Mi"))
                .containsEntry("default", Map.of("cpu", "500m", "memory", "256Mi"));

        // AND the owners' role is mapped to the team's group, bound to edit in the namespace, and given EKS edit there only
        var binding = result.single(BINDING);
        assertThat(binding.require("metadata.namespace")).isEqualTo("payments-api");
        assertThat(binding.require("roleRef")).isEqualTo(Map.of("apiGroup", "rbac.authorization.k8s.io", "kind", "ClusterRole", "name", "edit"));
        assertThat(binding.require("subjects")).isEqualTo(List.of(
                Map.of("apiGroup", "rbac.authorization.k8s.io", "kind", "Group", "name", "slipway-team-payments")));
        var entry = result.single(ENTRY);
        assertThat(entry.require("principalArn")).isEqualTo("arn:aws:iam::111122223333:role/payments-developers");
        assertThat(entry.require("clusterName")).isEqualTo("dev-blue");
        assertThat(entry.require("type")).isEqualTo("STANDARD");
        assertThat(entry.require("kubernetesGroups")).isEqualTo(List.of("slipway-team-payments"));
        assertThat((Map<String, Object>) entry.require("tags")).containsEntry("slipway:team", "payments");
        var association = result.single(ASSOCIATION);
        assertThat(association.require("policyArn")).isEqualTo("arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy");
        assertThat(association.require("accessScope")).isEqualTo(Map.of("type", "namespace", "namespaces", List.of("payments-api")));
        assertThat(association.dependencies()).contains(entry.urn());
    }

    @Test
    void networkPoliciesDenyIngressButFromTheNamespaceIngressAndMonitoringAndBlockMetadataOnEks() {
        OfflineResult result = TeamFixtures.plan(Fixtures.aws("dev", ""), TeamFixtures.team(TeamFixtures.PAYMENTS));
        var policies = result.ofType(POLICY);
        assertThat(policies).extracting(p -> p.require("metadata.name")).containsExactlyInAnyOrder(
                "default-deny-ingress", "allow-same-namespace", "allow-from-ingress-controller", "allow-from-monitoring",
                "deny-cloud-metadata-egress");
        assertThat(policies).allSatisfy(p -> {
            assertThat(p.require("metadata.namespace")).isEqualTo("payments-api");
            assertThat(p.require("spec.podSelector")).isEqualTo(Map.of());
        });

        var deny = policy(policies, "default-deny-ingress");
        assertThat(deny.require("spec.policyTypes")).isEqualTo(List.of("Ingress"));
        assertThat(deny.input("spec.ingress")).isEmpty();
        assertThat(policy(policies, "allow-same-namespace").require("spec.ingress"))
                .isEqualTo(List.of(Map.of("from", List.of(Map.of("podSelector", Map.of())))));
        assertThat(policy(policies, "allow-from-ingress-controller").require("spec.ingress")).isEqualTo(List.of(Map.of("from",
                List.of(Map.of("namespaceSelector", Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "traefik")))))));
        assertThat(policy(policies, "allow-from-monitoring").require("spec.ingress")).isEqualTo(List.of(Map.of("from",
                List.of(Map.of("namespaceSelector", Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "monitoring")))))));

        var egress = policy(policies, "deny-cloud-metadata-egress");
        assertThat(egress.require("spec.policyTypes")).isEqualTo(List.of("Egress"));
        assertThat(egress.require("spec.egress")).isEqualTo(List.of(Map.of("to", List.of(
                Map.of("namespaceSelector", Map.of()),
                Map.of("ipBlock", Map.of("cidr", "0.0.0.0/0", "except", List.of("169.254.169.254/32"))),
                Map.of("ipBlock", Map.of("cidr", "::/0", "except", List.of("fd00:ec2::254/128")))))));
    }

    @Test
    void theSameTeamOnGkeNamesItsGoogleGroupsAndUsersAndBlocksBothMetadataAddresses() {
        OfflineResult result = TeamFixtures.plan(Fixtures.gcp("dev", ""), TeamFixtures.team(TeamFixtures.PAYMENTS));

        assertThat(result.single(BINDING).require("subjects")).isEqualTo(List.of(
                Map.of("apiGroup", "rbac.authorization.k8s.io", "kind", "Group", "name", "payments@example.com"),
                Map.of("apiGroup", "rbac.authorization.k8s.io", "kind", "User", "name", "alice@example.com")));
        assertThat(result.ofType(ENTRY)).isEmpty();
        assertThat(result.ofType(ASSOCIATION)).isEmpty();
        assertThat(policy(result.ofType(POLICY), "deny-cloud-metadata-egress").require("spec.egress")).isEqualTo(List.of(Map.of("to", List.of(
                Map.of("namespaceSelector", Map.of()),
                Map.of("ipBlock", Map.of("cidr", "0.0.0.0/0", "except", List.of("169.254.169.254/32", "169.254.169.252/32")))))));
        assertThat((Map<String, Object>) result.single(QUOTA).require("spec.hard")).containsEntry("requests.cpu", "8");
    }

    @Test
    void aBaselineNamespaceEnforcesBaselineButStillWarnsAndAuditsRestricted() {
        var team = TeamFixtures.team(TeamFixtures.PAYMENTS + TeamFixtures.LEGACY_NAMESPACE);
        OfflineResult result = TeamFixtures.plan(Fixtures.aws("prod", ""), team);

        var legacy = result.named(NAMESPACE, "dev-blue-payments-legacy");
        assertThat((Map<String, Object>) legacy.require("metadata.labels"))
                .containsEntry("pod-security.kubernetes.io/enforce", "baseline")
                .containsEntry("pod-security.kubernetes.io/audit", "restricted")
                .containsEntry("pod-security.kubernetes.io/warn", "restricted");
        assertThat((Map<String, Object>) legacy.require("metadata.annotations"))
                .containsEntry("slipway.io/pod-security-reason", "the vendor image runs as root");
        // AND its extra sources are allowed in, its container limit overridden over the prod defaults
        var extra = result.named("kubernetes:networking.k8s.io/v1:NetworkPolicy", "dev-blue-payments-legacy-allow-extra");
        assertThat(extra.require("spec.ingress")).isEqualTo(List.of(Map.of("from", List.of(
                Map.of("namespaceSelector", Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "checkout-web"))),
                Map.of("ipBlock", Map.of("cidr", "10.20.0.0/16"))))));
        var item = ((List<Map<String, Object>>) result.named(LIMITS, "dev-blue-payments-legacy-limits").require("spec.limits")).get(0);
        assertThat(item).containsEntry("default", Map.of("cpu", "2", "memory", "512Mi"));
        // AND one access entry covers both namespaces
        assertThat(result.single(ASSOCIATION).require("accessScope.namespaces")).isEqualTo(List.of("payments-api", "payments-legacy"));
        assertThat((Map<String, Object>) result.named(QUOTA, "dev-blue-payments-legacy-quota").require("spec.hard"))
                .containsEntry("requests.cpu", "8").containsEntry("pods", "100").containsEntry("requests.storage", "200Gi");
    }

    @Test
    void theEnvironmentsDefaultsAndAddOnsShapeTheNamespace() {
        // GIVEN an environment without the ingress add-on, with its own team quota, whose admin role also owns the team
        var environment = Fixtures.load(Fixtures.AWS.formatted("dev", "ingress: {enabled: false}")
                .replace("aws: {}", "aws: {adminRoleArns: [arn:aws:iam::111122223333:role/payments-developers]}")
                + "teams: {quota: {persistentVolumeClaims: 12, storage: 100Gi}, containerDefaults: {memoryLimit: 1Gi}}\n");
        OfflineResult result = TeamFixtures.plan(environment, TeamFixtures.team(TeamFixtures.PAYMENTS));

        // THEN nothing is allowed from an ingress controller that is not there
        assertThat(result.ofType(POLICY)).extracting(p -> p.require("metadata.name")).doesNotContain("allow-from-ingress-controller");
        // AND the environment's defaults sit between the tier's and the team's
        assertThat((Map<String, Object>) result.single(QUOTA).require("spec.hard")).containsEntry("persistentvolumeclaims", "12")
                .containsEntry("requests.storage", "100Gi").containsEntry("pods", "50");
        assertThat(((List<Map<String, Object>>) result.single(LIMITS).require("spec.limits")).get(0))
                .containsEntry("default", Map.of("cpu", "500m", "memory", "1Gi"));
        // AND the admin role keeps its one cluster-admin access entry: EKS allows one per role
        assertThat(result.ofType(ENTRY)).isEmpty();
    }

    @Test
    void aTeamWithoutOwnersOnThisCloudGetsItsNamespaceButNoBinding() {
        // GIVEN a team whose only owners are Google principals, placed on EKS
        var gcpOnly = TeamFixtures.team(TeamFixtures.PAYMENTS.replace("  aws: [arn:aws:iam::111122223333:role/payments-developers]\n", ""));
        OfflineResult result = TeamFixtures.plan(Fixtures.aws("dev", ""), gcpOnly);
        // THEN the namespace and its rules exist, but there is nobody to bind or to give an access entry
        assertThat(result.single(NAMESPACE).require("metadata.name")).isEqualTo("payments-api");
        assertThat(result.ofType(QUOTA)).hasSize(1);
        assertThat(result.ofType(BINDING)).isEmpty();
        assertThat(result.ofType(ENTRY)).isEmpty();
    }

    private static RegisteredResource policy(List<RegisteredResource> policies, String name) {
        return policies.stream().filter(p -> name.equals(p.require("metadata.name"))).findFirst().orElseThrow();
    }
}
