package io.slipway.model.validation;

import static io.slipway.model.EnvironmentFixture.assertHasProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.slipway.model.Capacity;
import io.slipway.model.EnvironmentFixture;
import io.slipway.model.Required;
import io.slipway.model.loading.Problem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StructuralCheckTest {
    @Test
    void aMisspeltKeySuggestsTheValidKeyAtItsPath() {
        // GIVEN misspelt keys at the top level and deep in a node pool
        var fixture = EnvironmentFixture.aws()
                .set("regoin", "eu-west-1")
                .set("slots.blue.nodePools[1].instanceType", "[m5.large]")
                .remove("slots.blue.nodePools[1].instanceTypes")
                .set("addons.certManager.acmeEmial", "x@example.com");
        // WHEN it is loaded
        List<Problem> problems = fixture.problems();
        // THEN each is reported where it is, with the closest valid key
        assertHasProblem(problems, "regoin", "unknown key 'regoin'; did you mean 'region'?");
        assertHasProblem(problems, "slots.blue.nodePools[1].instanceType", "did you mean 'instanceTypes'?");
        assertHasProblem(problems, "addons.certManager.acmeEmial", "did you mean 'acmeEmail'?");
        // AND a required key that was misspelt is not also reported as missing
        assertThat(problems).extracting(Problem::path).doesNotContain("slots.blue.nodePools[1].instanceTypes");
    }

    @Test
    void anUnknownKeyFarFromAnyValidOneListsTheValidKeys() {
        // GIVEN a key nothing resembles
        var fixture = EnvironmentFixture.aws().set("network.subnetLayout", "wide");
        // WHEN / THEN the message lists what is valid there
        fixture.assertProblem("network.subnetLayout", "unknown key 'subnetLayout'; valid keys here: cidr, zones, nat");
    }

    @Test
    void valuesOfTheWrongTypeSayWhatWasExpectedAndWhatWasFound() {
        // GIVEN a word for a number, a number for a string, a scalar for a list, a word for a boolean
        var fixture = EnvironmentFixture.aws()
                .set("slots.blue.nodePools[0].min", "abc")
                .set("slots.blue.nodePools[1].instanceTypes[0]", "5")
                .set("slots.blue.kubernetesVersion", "1.30")
                .set("aws.adminRoleArns", "arn:aws:iam::333344445555:role/platform-admin")
                .set("slots.blue.nodePools[0].system", "maybe")
                .set("network", "[10.0.0.0/16]");
        // WHEN it is loaded
        List<Problem> problems = fixture.problems();
        // THEN every value is reported at its key path
        assertHasProblem(problems, "slots.blue.nodePools[0].min", "expected a whole number from 0 to 1000 (GKE allows 1000 nodes per pool and zone), got 'abc'");
        assertHasProblem(problems, "slots.blue.nodePools[1].instanceTypes[0]", "expected a string, got the number 5");
        assertHasProblem(problems, "slots.blue.kubernetesVersion", "expected a string, got the number 1.3; put the value in quotes");
        assertHasProblem(problems, "aws.adminRoleArns", "expected a list of strings, got 'arn:aws:iam::333344445555:role/platform-admin'");
        assertHasProblem(problems, "slots.blue.nodePools[0].system", "expected true or false, got 'maybe'");
        assertHasProblem(problems, "network", "expected an object with keys cidr, zones, nat, got a list");
        // AND the rules do not add consequences of the dropped values ("no system pool", "no instance type")
        assertThat(problems).hasSize(6);
    }

    @Test
    void aDroppedValueDoesNotHideUnrelatedRuleProblems() {
        // GIVEN a misspelt capacity in a pool, and slot weights that do not sum to 100
        var fixture = EnvironmentFixture.aws().set("slots.blue.nodePools[1].capacity", "Spot").set("slots.blue.weight", "90");
        // WHEN it is loaded
        List<Problem> problems = fixture.problems();
        // THEN both are reported
        assertHasProblem(problems, "slots.blue.nodePools[1].capacity", "did you mean 'spot'?");
        assertHasProblem(problems, "slots", "slot weights sum to 90");
    }

    @Test
    void numbersAndBooleansWrittenAsStringsAreAccepted() {
        // GIVEN values quoted, as `pulumi config set --path` stores them
        var fixture = EnvironmentFixture.aws().set("slots.blue.nodePools[0].min", "'3'").set("apiAccess.allowInternet", "'false'");
        // WHEN / THEN they bind as their types
        assertThat(fixture.assertValid().spec().slots().get("blue").nodePools().get(0).min()).isEqualTo(3);
    }

    @Test
    void anInvalidEnumValueListsTheValidSpellings() {
        // GIVEN an unknown cloud, a wrongly cased capacity and an unknown taint effect
        var fixture = EnvironmentFixture.aws()
                .set("cloud", "azure")
                .set("slots.blue.nodePools[1].capacity", "ondemand")
                .set("slots.blue.nodePools[0].taints[0].effect", "NoSchedul");
        // WHEN it is loaded
        List<Problem> problems = fixture.problems();
        // THEN each lists what is valid
        assertHasProblem(problems, "cloud", "invalid value 'azure'; valid: aws, gcp");
        assertHasProblem(problems, "slots.blue.nodePools[1].capacity", "did you mean 'onDemand'? valid: onDemand, spot");
        assertHasProblem(problems, "slots.blue.nodePools[0].taints[0].effect",
                "did you mean 'NoSchedule'? valid: NoSchedule, PreferNoSchedule, NoExecute");
    }

    @Test
    void missingRequiredKeysAreReportedAtTheirPaths() {
        // GIVEN a file without region, a pool without max and a taint without effect
        var fixture = EnvironmentFixture.aws()
                .remove("region")
                .remove("slots.blue.nodePools[1].max")
                .remove("slots.blue.nodePools[0].taints[0].effect");
        // WHEN it is loaded
        List<Problem> problems = fixture.problems();
        // THEN each missing key is named with its type
        assertHasProblem(problems, "region", "missing required key 'region': expected a string");
        assertHasProblem(problems, "slots.blue.nodePools[1].max", "missing required key 'max': expected a whole number");
        assertHasProblem(problems, "slots.blue.nodePools[0].taints[0].effect",
                "missing required key 'effect': expected one of NoSchedule, PreferNoSchedule, NoExecute");
    }

    @Test
    void anEmptyValueCountsAsMissing() {
        // GIVEN `domain:` with nothing after it, and an empty list entry
        var fixture = EnvironmentFixture.aws().set("domain", "null").set("slots.blue.nodePools[1].instanceTypes", "[m5.large, null]");
        // WHEN it is loaded
        List<Problem> problems = fixture.problems();
        // THEN both are reported
        assertHasProblem(problems, "domain", "missing required key 'domain'");
        assertHasProblem(problems, "slots.blue.nodePools[1].instanceTypes[1]", "empty list entry: expected a string");
    }

    @Test
    void aValidFileHasNoStructuralProblem() {
        // GIVEN / WHEN the base fixture, using every kind of value (maps, lists, enums, nested records)
        // THEN it loads
        assertThat(EnvironmentFixture.aws().assertValid().spec().slots().get("blue").nodePools()).hasSize(2);
    }

    /** A record the model does not have, standing for a field added later. */
    record Probe(@Required String name, List<Integer> sizes, Map<String, Capacity> capacities, Probe child) {}

    @Test
    void recordsTheCheckHasNeverSeenAreCheckedTheSameWay() throws Exception {
        // GIVEN a record type unknown to the check, and a tree with one problem of each kind in it
        JsonNode tree = new YAMLMapper().readTree("""
                nmae: x
                child: {sizes: [1, two]}
                capacities: {a: spot, b: Spot}
                """);
        Findings findings = new Findings(EnvironmentFixture.SOURCE);
        // WHEN it is checked against the record
        JsonNode kept = new StructuralCheck(findings).check(tree, Probe.class, "");
        // THEN components, generic element types, enums and @Required drive the problems
        assertHasProblem(findings.errors(), "nmae", "did you mean 'name'?");
        assertHasProblem(findings.errors(), "child.name", "missing required key 'name': expected a string");
        assertHasProblem(findings.errors(), "child.sizes[1]", "expected a whole number, got 'two'");
        assertHasProblem(findings.errors(), "capacities.b", "invalid value 'Spot'; did you mean 'spot'? valid: onDemand, spot");
        assertThat(findings.errors()).hasSize(4);
        // AND the kept tree holds only what can be bound
        assertThat(kept.toString()).isEqualTo("{\"child\":{},\"capacities\":{\"a\":\"spot\"}}");
    }

    /** Value types the model does not use yet, as a later field might. */
    record Loose(Long big, Double ratio, Map<String, Object> values, Set<String> names) {}

    @Test
    void otherValueTypesAndFreeFormValuesAreChecked() throws Exception {
        // GIVEN free-form values, a set, and a wrong long and double
        JsonNode tree = new YAMLMapper().readTree("""
                big: 1.5
                ratio: half
                values: {anything: [1, {nested: true}]}
                names: [a, b]
                """);
        Findings findings = new Findings(EnvironmentFixture.SOURCE);
        // WHEN it is checked
        JsonNode kept = new StructuralCheck(findings).check(tree, Loose.class, "");
        // THEN only the two wrong numbers are reported, and free-form values are kept as written
        assertHasProblem(findings.errors(), "big", "expected a whole number, got the number 1.5");
        assertHasProblem(findings.errors(), "ratio", "expected a number, got 'half'");
        assertThat(findings.errors()).hasSize(2);
        assertThat(kept.path("values").path("anything").get(1).path("nested").asBoolean()).isTrue();
    }
}
