package io.slipway.addons;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every identity the add-ons create, on both clouds, checked against the least-privilege rules at once. */
class LeastPrivilegeTest {
    /** Read-only calls IAM cannot scope to a resource; the only actions allowed on "*" without a condition. */
    static final String UNSCOPABLE_READ = "(autoscaling|ec2):(Describe|Get)[A-Za-z]+|route53:ListHostedZones(ByName)?";

    @Test
    void awsPoliciesNameActionsAndScopeWritesToTheZoneBucketOrClusterTag() {
        // GIVEN every add-on on AWS
        var result = Fixtures.run(Fixtures.aws("prod", ""), AddonSetTest::build);

        // WHEN every inline policy Slipway writes is read (the load balancer controller's is upstream's, checked below)
        String upstream = io.slipway.addons.ingress.AwsLoadBalancerControllerTest.upstreamPolicy();
        List<JsonNode> statements = new ArrayList<>();
        for (var policy : result.ofType("aws:iam/rolePolicy:RolePolicy")) {
            if (!policy.require("policy").equals(upstream)) {
                Fixtures.json(policy.require("policy")).get("Statement").forEach(statements::add);
            }
        }

        // THEN there are policies for the autoscaler, Velero, external-dns, cert-manager and the load balancer controller,
        // whose policy is upstream's document verbatim
        assertThat(result.ofType("aws:iam/rolePolicy:RolePolicy")).hasSize(5)
                .filteredOn(p -> p.require("policy").equals(upstream)).hasSize(1);
        assertThat(result.ofType("aws:iam/rolePolicyAttachment:RolePolicyAttachment")).isEmpty();
        // AND no action is a wildcard, and a statement on every resource is read-only or conditioned
        assertThat(statements).allSatisfy(statement -> {
            List<String> actions = new ArrayList<>();
            JsonNode action = statement.get("Action");
            if (action.isArray()) {
                action.forEach(a -> actions.add(a.asText()));
            } else {
                actions.add(action.asText());
            }
            assertThat(actions).noneMatch(a -> a.contains("*"));
            boolean anyResource = statement.get("Resource").toString().equals("\"*\"");
            if (anyResource && !statement.has("Condition")) {
                assertThat(actions).as(statement.get("Sid").asText()).allMatch(a -> a.matches(UNSCOPABLE_READ));
            }
        });
        // AND the writes name the environment's zone, the backups bucket or the cluster tag
        assertThat(statements.toString()).contains(Fixtures.ZONE_ARN, Fixtures.BUCKET_ARN + "/*",
                "aws:ResourceTag/k8s.io/cluster-autoscaler/dev-blue");
    }

    @Test
    void gcpRolesAreNarrowAndBoundToTheirResource() {
        // GIVEN every add-on on GCP
        var result = Fixtures.run(Fixtures.gcp("prod", ""), AddonSetTest::build);

        // THEN no basic role (owner, editor, viewer) or project-wide predefined role is granted
        var project = result.ofType("gcp:projects/iAMMember:IAMMember");
        assertThat(project).isNotEmpty().allSatisfy(grant ->
                assertThat((String) grant.require("role")).startsWith("projects/acme-dev/roles/slipway_"));
        // AND predefined roles are granted on one bucket or one service account only
        var resourceRoles = new ArrayList<String>();
        result.ofType("gcp:storage/bucketIAMMember:BucketIAMMember").forEach(g -> resourceRoles.add((String) g.require("role")));
        result.ofType("gcp:serviceaccount/iAMMember:IAMMember").forEach(g -> resourceRoles.add((String) g.require("role")));
        assertThat(Set.copyOf(resourceRoles)).filteredOn(role -> !role.startsWith("projects/acme-dev/roles/slipway_"))
                .isSubsetOf("roles/storage.objectAdmin", "roles/iam.workloadIdentityUser");
        // AND the zone is granted only as Slipway's record-writing custom role, never roles/dns.admin
        assertThat(result.ofType("gcp:dns/dnsManagedZoneIamMember:DnsManagedZoneIamMember")).hasSize(2).allSatisfy(grant ->
                assertThat((String) grant.require("role")).matches("projects/acme-dev/roles/slipway_\\w+_zone_records"));
        // AND custom roles hold no wildcard permission
        assertThat(result.ofType("gcp:projects/iAMCustomRole:IAMCustomRole")).allSatisfy(role ->
                assertThat((List<?>) role.require("permissions")).noneMatch(p -> p.toString().contains("*")));
    }
}
