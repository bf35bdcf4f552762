package io.slipway.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.loading.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GeneratedNamesRuleTest {
    private static final GeneratedNamesRule RULE = new GeneratedNamesRule();

    private static EnvironmentSpec shipped(String stack) {
        return SpecRules.loader().loadStackFile(Path.of("../environments/Pulumi." + stack + ".yaml")).spec();
    }

    @Test
    void theShippedStacksMakeNamesEveryCloudTakes() {
        assertThat(RULE.check(shipped("dev"), "environments/Pulumi.dev.yaml")).isEmpty();
        assertThat(RULE.check(shipped("gcp-dev"), "environments/Pulumi.gcp-dev.yaml")).isEmpty();
    }

    @Test
    void aStackNameWithCapitalsMakesABucketNameS3Refuses() {
        // GIVEN the dev environment under the stack name "Dev" (valid for Pulumi and EKS, not for S3)
        // WHEN / THEN the bucket name is refused before the program would fail on it
        assertThat(RULE.check(shipped("dev"), "environments/Pulumi.Dev.yaml")).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEmpty();
            assertThat(problem.message()).startsWith("the stack name 'Dev' makes the backups bucket name "
                    + "'Dev-backups-123456789012-eu-west-1', which S3 refuses");
        });
    }

    @Test
    void aLongStackNameMakesNodeGroupNamesLongerThanEksAllows() {
        // GIVEN a 55-character stack name: <stack>-blue-workers is 68 characters
        String stack = "platform-" + "x".repeat(46);
        // WHEN
        var problems = RULE.check(shipped("dev"), "environments/Pulumi." + stack + ".yaml");
        // THEN each pool is named, and the bucket too
        assertThat(problems).extracting(Problem::path).contains("slots.blue.nodePools[0].name", "slots.blue.nodePools[1].name", "");
        assertThat(problems).filteredOn(p -> p.path().equals("slots.blue.nodePools[1].name")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("has 68 characters; EKS allows 63"));
    }

    @Test
    void aGkeClusterNameLongerThan40IsRefused() {
        var problems = RULE.check(shipped("gcp-dev"), "environments/Pulumi.gcp-dev-for-the-data-platform-team-eu.yaml");
        assertThat(problems).extracting(Problem::path).containsExactly("slots.blue");
        assertThat(problems.get(0).message()).contains("not a GKE cluster name: up to 40 lower-case letters");
    }

    @Test
    void aRecordNameLongerThan253IsRefusedAtTheDomain() {
        // GIVEN a 251-character domain: *.blue.<domain> has 258
        String domain = ("a".repeat(61) + ".").repeat(4) + "com";
        EnvironmentSpec longDomain = Fixtures.spec("""
                cloud: aws
                tier: dev
                region: eu-west-1
                domain: %s
                slots: {blue: {kubernetesVersion: "1.34", weight: 100, nodePools: [{name: system, system: true, instanceTypes: [t3.medium], min: 1, max: 2}]}}
                addons: {certManager: {acmeEmail: platform-team@example.com}}
                aws: {adminRoleArns: ["arn:aws:iam::123456789012:role/platform-admin"]}
                """.formatted(domain));
        // WHEN / THEN
        assertThat(RULE.check(longDomain, "environments/Pulumi.dev.yaml")).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("domain");
            assertThat(problem.message()).contains("has 258 characters; DNS allows 253");
        });
    }

    @Test
    void specsThatDoNotComeFromAStackFileAreNotGuessedAt() {
        assertThat(RULE.check(shipped("dev"), "test.yaml")).isEmpty();
    }
}
