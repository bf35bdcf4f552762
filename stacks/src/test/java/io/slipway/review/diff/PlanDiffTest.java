package io.slipway.review.diff;

import static io.slipway.review.PlanFixtures.inputs;
import static io.slipway.review.PlanFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.plan.Plan;
import io.slipway.review.PlanFixtures;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fixture pairs: the shipped dev plan before, the same plan with one change after. */
class PlanDiffTest {
    private static final String NODE_GROUP = "aws:eks/nodeGroup:NodeGroup";
    private final PlanDiff differ = new PlanDiff(ReplacementRules.shipped());

    private static Plan dev() {
        return PlanFixtures.plan(PlanFixtures.tree(PlanFixtures.AWS));
    }

    private static Plan devWith(Consumer<ObjectNode> change) {
        ObjectNode tree = PlanFixtures.tree(PlanFixtures.AWS);
        change.accept(tree);
        return PlanFixtures.plan(tree);
    }

    @Test
    void samePlansHaveNoChanges() {
        // GIVEN the same plan twice WHEN diffed THEN nothing changes
        assertThat(differ.diff(dev(), dev(), false)).isEmpty();
    }

    @Test
    void anUpdateShowsTheKeyPathWithOldAndNewValues() {
        // GIVEN the workers pool may grow to 6 nodes instead of 4
        Plan after = devWith(t -> inputs(t, NODE_GROUP, "dev-blue-workers").withObjectProperty("scalingConfig").put("maxSize", 6));

        // WHEN diffed THEN one update, in the slot, under its node pool component, numbers compared by value
        List<ResourceChange> changes = differ.diff(dev(), after, false);
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ResourceChange.Kind.UPDATE);
            assertThat(c.section().label()).isEqualTo("slot blue");
            assertThat(c.component()).isEqualTo("slipway:aws:ManagedNodePool dev-blue-workers");
            assertThat(c.inputs()).singleElement().isEqualTo(new InputChange("scalingConfig.maxSize", "4", "6", java.util.Optional.empty()));
            assertThat(c.loud()).isEmpty();
        });
    }

    @Test
    void aForceNewInputMarksTheReplacementWithItsSource() {
        // GIVEN the system pool moves to another instance type
        Plan after = devWith(t -> inputs(t, NODE_GROUP, "dev-blue-system").putArray("instanceTypes").add("t3.large"));

        // WHEN diffed THEN the node group is replaced, and the change says why, from the data file
        ResourceChange change = differ.diff(dev(), after, false).get(0);
        assertThat(change.kind()).isEqualTo(ResourceChange.Kind.REPLACE);
        assertThat(change.inputs()).singleElement().satisfies(i -> {
            assertThat(i.path()).isEqualTo("instanceTypes[0]");
            assertThat(i.rule()).hasValueSatisfying(r -> assertThat(r.source()).contains("node_group.go"));
        });
    }

    @ParameterizedTest(name = "{1} {2}.{3}")
    @CsvSource({
            "dev-plan.json, aws:route53/record:Record, dev-blue-direct-wildcard, name, *.blue.pr-12.dev.platform.example.com, record.go",
            "dev-plan.json, aws:route53/record:Record, dev-blue-weighted-wildcard, zoneId, Z0OTHERZONE, record.go",
            "gcp-dev-plan.json, gcp:dns/recordSet:RecordSet, gcp-dev-shared-wildcard, name, *.pr-12.dev.gcp.platform.example.com., resource_dns_record_set.go",
            "gcp-dev-plan.json, gcp:dns/recordSet:RecordSet, gcp-dev-blue-direct-wildcard, managedZone, other-zone, resource_dns_record_set.go"})
    void aRecordRenamedOrMovedToAnotherZoneIsReplacedAsTheProviderDoes(String fixture, String type, String name, String input,
                                                                        String value, String sourceFile) {
        // GIVEN a DNS record whose name (a new domain) or zone changes
        Plan before = PlanFixtures.plan(PlanFixtures.tree(fixture));
        ObjectNode tree = PlanFixtures.tree(fixture);
        inputs(tree, type, name).put(input, value);

        // WHEN diffed THEN the record is replaced (ForceNew in the provider), not updated in place, with the schema as source
        ResourceChange change = differ.diff(before, PlanFixtures.plan(tree), false).get(0);
        assertThat(change.kind()).isEqualTo(ResourceChange.Kind.REPLACE);
        assertThat(change.inputs()).singleElement().satisfies(i -> assertThat(i.rule())
                .hasValueSatisfying(r -> assertThat(r.source()).contains(sourceFile, "ForceNew")));
        assertThat(new DiffText().render("t", List.of(change))).contains("(replace)", input + ": ", "forces replacement");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"dev-plan.json, aws:route53/record:Record, dev-blue-direct-wildcard, A",
            "gcp-dev-plan.json, gcp:dns/recordSet:RecordSet, gcp-dev-blue-direct-wildcard, CNAME"})
    void aRecordTypeChangesInPlace(String fixture, String type, String name, String newType) {
        // GIVEN a record whose type changes (both providers send one change that deletes the old set and adds the new)
        Plan before = PlanFixtures.plan(PlanFixtures.tree(fixture));
        ObjectNode tree = PlanFixtures.tree(fixture);
        inputs(tree, type, name).put("type", newType);

        // WHEN diffed THEN it is an update
        assertThat(differ.diff(before, PlanFixtures.plan(tree), false)).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(ResourceChange.Kind.UPDATE));
    }

    @Test
    void aLaunchTemplateVersionBumpRollsTheNodesWithoutReplacingTheGroup() {
        // GIVEN the node group moves to launch template version 2
        Plan after = devWith(t -> inputs(t, NODE_GROUP, "dev-blue-system").withObjectProperty("launchTemplate").put("version", "2"));

        // WHEN diffed THEN it is an update whose change rolls every node
        ResourceChange change = differ.diff(dev(), after, false).get(0);
        assertThat(change.kind()).isEqualTo(ResourceChange.Kind.UPDATE);
        assertThat(change.inputs().get(0).rule()).hasValueSatisfying(r -> assertThat(r.effect()).isEqualTo(ReplacementRules.Effect.ROLLING));
        assertThat(new DiffText().render("t", List.of(change))).contains("launchTemplate.version: \"1\" -> \"2\"  replaces every node (rolling update)");
    }

    @Test
    void addedAndDeletedResourcesAreListedAndDeletingAProtectedOneIsLoud() {
        // GIVEN a plan without the workers' ASG tag and the backups bucket, plus a plan with them
        Plan without = devWith(t -> {
            PlanFixtures.removeAll(t, "aws:autoscaling/tag:Tag");
            PlanFixtures.removeAll(t, "aws:s3/bucketV2:BucketV2");
        });

        // WHEN diffed both ways
        List<ResourceChange> deleted = differ.diff(dev(), without, false);
        List<ResourceChange> added = differ.diff(without, dev(), false);

        // THEN deleting the protected bucket is flagged, adding is not
        assertThat(deleted).extracting(ResourceChange::kind).containsOnly(ResourceChange.Kind.DELETE);
        assertThat(deleted).filteredOn(c -> c.name().equals("dev-backups")).singleElement()
                .satisfies(c -> assertThat(c.loud()).containsExactly("deletes a protected resource (Pulumi refuses until it is unprotected)"));
        assertThat(added).hasSize(deleted.size()).extracting(ResourceChange::kind).containsOnly(ResourceChange.Kind.ADD);
        assertThat(added).allSatisfy(c -> assertThat(c.loud()).isEmpty());
    }

    @Test
    void replacingAProtectedKeyAndAnyProdFoundationChangeAreLoud() {
        // GIVEN the environment key changes its spec (forces a new key) and a subnet changes a tag
        Plan after = devWith(t -> {
            inputs(t, "aws:kms/key:Key", null).put("customerMasterKeySpec", "RSA_2048");
            inputs(t, "aws:ec2/subnet:Subnet", "dev-private-1").withObjectProperty("tags").put("owner", "net");
        });

        // WHEN diffed as a prod environment
        List<ResourceChange> changes = differ.diff(dev(), after, true);

        // THEN both are foundation changes of prod, and the key's replacement is called out too
        assertThat(changes).filteredOn(c -> c.type().equals("aws:kms/key:Key")).singleElement().satisfies(c -> assertThat(c.loud())
                .containsExactly("replaces a protected resource: its data goes with it", "changes the foundation of a prod environment"));
        assertThat(changes).filteredOn(c -> c.type().equals("aws:ec2/subnet:Subnet")).singleElement()
                .satisfies(c -> assertThat(c.loud()).containsExactly("changes the foundation of a prod environment"));
        assertThat(differ.diff(dev(), after, false)).filteredOn(c -> c.type().equals("aws:ec2/subnet:Subnet"))
                .allSatisfy(c -> assertThat(c.loud()).isEmpty());
    }

    @Test
    void secretsStayMasked() {
        // GIVEN the Grafana admin Secret (masked as a whole in the plan) gains a key, and a password-named value changes
        Plan after = devWith(t -> {
            inputs(t, "kubernetes:core/v1:Secret", null).putObject("stringData").put("admin-password", "hunter2");
            inputs(t, NODE_GROUP, "dev-blue-system").withObjectProperty("labels").put("dbPassword", "s3cret");
        });

        // WHEN diffed THEN the change shows, the values do not
        String text = new DiffText().render("t", differ.diff(dev(), after, false));
        assertThat(text).contains("stringData: [secret] -> [secret]").contains("labels.dbPassword: (none) -> [secret]")
                .doesNotContain("hunter2").doesNotContain("s3cret");
    }

    @Test
    void policyDocumentsAreComparedStatementByStatement() {
        // GIVEN external-dns may also delete hosted zones
        Plan after = devWith(t -> {
            ObjectNode policy = inputs(t, "aws:iam/rolePolicy:RolePolicy", "dev-blue-external-dns");
            policy.put("policy", policy.get("policy").asText().replace("\"route53:ListTagsForResource\"",
                    "\"route53:ListTagsForResource\",\"route53:DeleteHostedZone\""));
        });

        // WHEN diffed THEN the one added action shows at its path inside the document
        assertThat(differ.diff(dev(), after, false).get(0).inputs()).extracting(InputChange::path, InputChange::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("policy.Statement[0].Action[3]", "\"route53:DeleteHostedZone\""));
    }

    @Test
    void outputIsDeterministicAndGroupedBySectionThenComponent() {
        // GIVEN changes in the foundation and the slot
        Plan after = devWith(t -> {
            inputs(t, NODE_GROUP, "dev-blue-workers").withObjectProperty("scalingConfig").put("maxSize", 6);
            inputs(t, "aws:kms/key:Key", null).put("deletionWindowInDays", 7);
            resource(t, "aws:route53/zone:Zone", null).put("protect", false);
        });

        // WHEN rendered twice THEN the text is the same, foundation first
        String once = new DiffText().render("Diff of dev", differ.diff(dev(), after, false));
        assertThat(new DiffText().render("Diff of dev", differ.diff(dev(), after, false))).isEqualTo(once);
        assertThat(once).isEqualTo("""
                Diff of dev

                foundation
                  slipway:aws:EnvironmentKey dev
                    ~ aws:kms/key:Key  dev  [protected]
                        deletionWindowInDays: 30 -> 7
                  slipway:aws:HostedZone dev
                    ~ aws:route53/zone:Zone  dev  [protected]
                        (protect): true -> false

                slot blue
                  slipway:aws:ManagedNodePool dev-blue-workers
                    ~ aws:eks/nodeGroup:NodeGroup  dev-blue-workers
                        scalingConfig.maxSize: 4 -> 6

                Summary: 0 to add, 3 to update, 0 to replace, 0 to delete
                """);
    }
}
