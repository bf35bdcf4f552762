package io.slipway.aws.eks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.slipway.model.Capacity;
import io.slipway.model.NodePoolSpec;
import io.slipway.model.SlotSpec;
import io.slipway.model.loading.EnvironmentLoader;
import io.slipway.model.loading.InvalidEnvironmentException;
import io.slipway.model.loading.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class EksSpecRuleTest {
    private static List<Problem> problems(String yaml) throws Exception {
        var tree = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        var spec = new EnvironmentLoader().fromTree(tree, "test.yaml").spec();
        return new EksSpecRule().check(spec, "test.yaml");
    }

    @Test
    void reportsUnpinnedMinorsMixedPoolsAndBadAdminsWithTheirKeyPaths() throws Exception {
        // GIVEN an AWS environment on an unpinned minor, with a mixed pool and a repeated role name
        var yaml = """
                cloud: aws
                tier: dev
                region: eu-west-1
                domain: dev.example.com
                slots:
                  blue:
                    kubernetesVersion: "1.29"
                    weight: 100
                    nodePools:
                      - {name: system, system: true, instanceTypes: [m6i.large], min: 1, max: 2}
                      - {name: mixed, instanceTypes: [m7g.large, m6i.large], min: 0, max: 2}
                addons: {certManager: {acmeEmail: platform-team@example.com}}
                aws:
                  adminRoleArns:
                    - arn:aws:iam::123456789012:role/admin
                    - arn:aws:iam::210987654321:role/team/admin
                """;

        // WHEN the rule checks it
        var problems = problems(yaml);

        // THEN every problem is reported at once, each at its key path with what is valid
        assertThat(problems).extracting(Problem::path).containsExactly(
                "slots.blue.kubernetesVersion", "slots.blue.nodePools[1].instanceTypes", "aws.adminRoleArns[1]");
        assertThat(problems.get(0).message()).contains("1.32, 1.33, 1.34, 1.35").contains("not 1.29");
        assertThat(problems.get(1).message()).contains("[m7g.large]").contains("[m6i.large]");
        assertThat(problems.get(2).message()).contains("aws.adminRoleArns[0]");
    }

    @Test
    void aValidEnvironmentPassesAndTheLoaderRunsTheRule() throws Exception {
        // GIVEN a valid AWS environment on a pinned minor WHEN the rule checks it THEN nothing is reported
        var yaml = """
                cloud: aws
                tier: dev
                region: eu-west-1
                domain: dev.example.com
                slots:
                  blue: {kubernetesVersion: "1.35", weight: 100, nodePools: [{name: arm, system: true, instanceTypes: [m7g.large, c7g.large], min: 1, max: 2}]}
                addons: {certManager: {acmeEmail: platform-team@example.com}}
                aws: {adminRoleArns: ["arn:aws:iam::123456789012:role/admin"]}
                """;
        assertThat(problems(yaml)).isEmpty();

        // AND a loader given the rule refuses the environment on an unpinned minor, naming the key
        var tree = new ObjectMapper(new YAMLFactory()).readTree(yaml.replace("\"1.35\"", "\"1.31\""));
        assertThatThrownBy(() -> new EnvironmentLoader(List.of(new EksSpecRule())).fromTree(tree, "test.yaml"))
                .isInstanceOfSatisfying(InvalidEnvironmentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactly("slots.blue.kubernetesVersion"));
    }

    @Test
    void anEnvironmentWithoutAdminRolesIsRefused() throws Exception {
        // GIVEN an AWS environment listing no admin role
        var yaml = """
                cloud: aws
                tier: dev
                region: eu-west-1
                domain: dev.example.com
                slots:
                  blue: {kubernetesVersion: "1.34", weight: 100, nodePools: [{name: system, system: true, instanceTypes: [m6i.large], min: 1, max: 2}]}
                addons: {certManager: {acmeEmail: platform-team@example.com}}
                aws: {}
                """;
        // WHEN the rule checks it THEN the key is named with what to list
        assertThat(problems(yaml)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("aws.adminRoleArns");
            assertThat(p.message()).contains("the IAM role that runs pulumi up");
        });
    }

    @Test
    void onAutoModeATypeAutoModeNeverLaunchesIsRefusedAtItsKeyInEveryPool() throws Exception {
        // GIVEN an Auto Mode environment whose worker pool lists a micro, a family Auto Mode does not launch and a good
        // type, and whose system pool (Auto Mode's built-in one) names a micro (types the instance catalog would
        // refuse first, so the pools are set after loading)
        var yaml = """
                cloud: aws
                tier: dev
                region: eu-west-1
                domain: dev.example.com
                slots:
                  blue:
                    kubernetesVersion: "1.34"
                    weight: 100
                    nodePools:
                      - {name: system, system: true, instanceTypes: [m6i.large], min: 1, max: 2}
                addons: {certManager: {acmeEmail: platform-team@example.com}}
                aws: {autoMode: true, adminRoleArns: ["arn:aws:iam::123456789012:role/admin"]}
                """;
        var loaded = new EnvironmentLoader().fromTree(new ObjectMapper(new YAMLFactory()).readTree(yaml), "test.yaml").spec();
        var spec = loaded.withSlot("blue", new SlotSpec("1.34", 100, List.of(
                new NodePoolSpec("system", true, null, List.of("t3.micro"), 1, 2, null, null, null, null),
                new NodePoolSpec("workers", false, Capacity.SPOT, List.of("t3.micro", "m3.large", "m6i.large"), 0, 2, null, null, null, null))));

        // WHEN the rule checks it
        var problems = new EksSpecRule().check(spec, "test.yaml");

        // THEN each bad type, of the system pool too (a NodePool of its own), is named with what Auto Mode
        // launches and how to opt out
        assertThat(problems).extracting(Problem::path).containsExactly("slots.blue.nodePools[0].instanceTypes[0]",
                "slots.blue.nodePools[1].instanceTypes[0]", "slots.blue.nodePools[1].instanceTypes[1]");
        assertThat(problems.get(1).message()).contains("t3.micro").contains("no nano, micro or small").contains("aws.autoMode: false");
        assertThat(problems.get(2).message()).contains("m3.large").contains("not of a family EKS Auto Mode launches");
        // AND a slot with the system pool alone is refused on Auto Mode: nothing would run the add-ons
        var systemOnly = spec.withSlot("blue", new SlotSpec("1.34", 100, List.of(
                new NodePoolSpec("system", true, null, List.of("m6i.large"), 1, 2, null, null, null, null))));
        assertThat(new EksSpecRule().check(systemOnly, "test.yaml")).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("slots.blue.nodePools");
            assertThat(p.message()).contains("add a worker pool").contains("aws.autoMode: false");
        });
        // AND without Auto Mode the same pools are not its concern
        var managed = new EnvironmentLoader().fromTree(new ObjectMapper(new YAMLFactory()).readTree(
                yaml.replace("autoMode: true", "autoMode: false")), "test.yaml").spec().withSlots(spec.slots());
        assertThat(new EksSpecRule().check(managed, "test.yaml")).isEmpty();
    }

    @Test
    void onAutoModeATagKeyAutoModeReservesIsRefusedAtItsKey() throws Exception {
        // GIVEN an Auto Mode environment whose cost tags use a key EKS Auto Mode keeps for itself
        var tree = new ObjectMapper(new YAMLFactory()).readTree("""
                cloud: aws
                tier: dev
                region: eu-west-1
                domain: dev.example.com
                tags: {team: platform, "karpenter.sh/discovery": dev}
                slots:
                  blue:
                    kubernetesVersion: "1.34"
                    weight: 100
                    nodePools:
                      - {name: system, system: true, instanceTypes: [m6i.large], min: 1, max: 2}
                      - {name: workers, capacity: spot, instanceTypes: [m6i.large], min: 0, max: 2}
                addons: {certManager: {acmeEmail: platform-team@example.com}}
                aws: {autoMode: true, adminRoleArns: ["arn:aws:iam::123456789012:role/admin"]}
                """);

        // WHEN it is loaded THEN the tag is refused at its key, saying which prefixes are reserved
        assertThatThrownBy(() -> new EnvironmentLoader(List.of(new EksSpecRule())).fromTree(tree, "test.yaml"))
                .isInstanceOfSatisfying(InvalidEnvironmentException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.path()).isEqualTo("tags.karpenter.sh/discovery");
                            assertThat(p.message()).contains("reserved by EKS Auto Mode").contains("karpenter.sh/");
                        }));
        // AND the same tags are fine on managed node groups
        var managed = tree.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) managed.get("aws")).put("autoMode", false);
        assertThat(new EnvironmentLoader(List.of(new EksSpecRule())).fromTree(managed, "test.yaml").spec().tags())
                .containsKey("karpenter.sh/discovery");
    }

    @Test
    void autoModeThatIsNotABooleanIsRefusedNamingTheKey() throws Exception {
        // GIVEN aws.autoMode set to a word
        var tree = new ObjectMapper(new YAMLFactory()).readTree("""
                cloud: aws
                tier: dev
                region: eu-west-1
                domain: dev.example.com
                slots:
                  blue: {kubernetesVersion: "1.34", weight: 100, nodePools: [{name: system, system: true, instanceTypes: [m6i.large], min: 1, max: 2}]}
                addons: {certManager: {acmeEmail: platform-team@example.com}}
                aws: {autoMode: sometimes, adminRoleArns: ["arn:aws:iam::123456789012:role/admin"]}
                """);

        // WHEN it is loaded THEN the loader names aws.autoMode
        assertThatThrownBy(() -> new EnvironmentLoader(List.of(new EksSpecRule())).fromTree(tree, "test.yaml"))
                .isInstanceOfSatisfying(InvalidEnvironmentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactly("aws.autoMode"));
    }
}
