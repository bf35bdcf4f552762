package io.slipway.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.slipway.model.loading.EnvironmentLoader;
import io.slipway.model.loading.InvalidEnvironmentException;
import io.slipway.model.loading.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackFileLoadingTest {
    @TempDir
    Path dir;

    private Path stackFile(String extraConfig, String environment) throws IOException {
        Path file = Files.createTempFile(dir, "Pulumi.", ".yaml");
        Files.writeString(file, "config:\n" + extraConfig + "  slipway:environment:\n"
                + environment.lines().map(l -> "    " + l + "\n").reduce("", String::concat));
        return file;
    }

    private static List<Problem> problems(Path file, EnvironmentLoader loader) {
        var error = catchThrowableOfType(InvalidEnvironmentException.class, () -> loader.loadStackFile(file));
        assertThat(error).as("expected the file to be refused").isNotNull();
        assertThat(error.getMessage()).doesNotContain("java.", "com.fasterxml", "org.yaml", "Exception");
        return error.problems();
    }

    @Test
    void aliasesInAStackFileReachTheSpecAsTheirValues() throws IOException {
        // GIVEN the AWS fixture whose workers reuse the system pool's instance types through an alias
        String environment = EnvironmentFixture.AWS
                .replace("instanceTypes: [m6i.xlarge]", "instanceTypes: &system [m6i.xlarge]")
                .replace("instanceTypes: [m6i.2xlarge, m6a.2xlarge, m5.2xlarge]", "instanceTypes: *system");
        // WHEN it is loaded from a file
        var loaded = new EnvironmentLoader().loadStackFile(stackFile("", environment));
        // THEN the alias is the anchored list, not its name
        assertThat(loaded.spec().slots().get("blue").nodePools().get(1).instanceTypes()).containsExactly("m6i.xlarge");
    }

    @Test
    void aPlainSecretNextToTheEnvironmentIsRefusedAndAnEncryptedOneLoads() throws IOException {
        // GIVEN a password in plain text, and one stored with pulumi config set --secret
        Path plain = stackFile("  slipway:grafanaAdminPassword: hunter2\n", EnvironmentFixture.AWS);
        Path secure = stackFile("  slipway:grafanaAdminPassword:\n    secure: AAABAJx1c2VyLXNlY3JldA==\n", EnvironmentFixture.AWS);
        // WHEN / THEN
        assertThat(problems(plain, new EnvironmentLoader())).extracting(Problem::render).containsExactly(plain
                + ": config.slipway:grafanaAdminPassword: is a secret in plain text; secrets must not be stored in plain stack "
                + "config; store it encrypted with pulumi config set --secret slipway:grafanaAdminPassword <value>, and remove it here");
        assertThat(new EnvironmentLoader().loadStackFile(secure).spec().region()).isEqualTo("eu-west-1");
    }

    @Test
    void theProvidersRegionMustBeTheEnvironmentsRegion() throws IOException {
        Path other = stackFile("  aws:region: us-east-1\n", EnvironmentFixture.AWS);
        Path same = stackFile("  aws:region: eu-west-1\n", EnvironmentFixture.AWS);
        assertThat(problems(other, new EnvironmentLoader())).extracting(Problem::path, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("region", "'eu-west-1' differs from aws:region 'us-east-1' in the same stack "
                        + "file; set both to the same region"));
        new EnvironmentLoader().loadStackFile(same);
        // AND under pulumi up, where the regions come from the stack config
        var error = catchThrowableOfType(InvalidEnvironmentException.class, () -> new EnvironmentLoader().fromConfigJson(
                EnvironmentFixture.aws().tree().toString(), "environments/Pulumi.test.yaml", java.util.Map.of("aws:region", "us-east-1")));
        assertThat(error.problems()).extracting(Problem::path).containsExactly("region");
    }

    @Test
    void aHugeValueIsAProblemAtItsKeyNotACrash() throws IOException {
        // GIVEN a domain of 100,000 characters
        Path file = stackFile("", EnvironmentFixture.AWS.replace("domain: prod.platform.example.com", "domain: " + "a".repeat(100_000)));
        // WHEN / THEN
        assertThat(problems(file, new EnvironmentLoader())).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("domain");
            assertThat(problem.message()).startsWith("the value has 100000 characters; at most 1024 fit any field: 'aaa")
                    .hasSizeLessThan(200);
        });
    }

    @Test
    void aRuleThatFailsIsAProblemAtItsScopeNotACrash() throws IOException {
        // GIVEN a rule of another module that throws on this spec
        var loader = new EnvironmentLoader(List.of((spec, source) -> {
            throw new IllegalStateException("boom");
        }));
        // WHEN / THEN the file is refused with a plain problem
        assertThat(problems(stackFile("", EnvironmentFixture.AWS), loader)).singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("could not be checked"));
    }

    @Test
    void configJsonFromTheEngineHasTheSameLimits() {
        // GIVEN environment JSON nested 100 deep, as a hand-crafted stack config could be
        String deep = "{\"tags\":" + "[".repeat(100) + "]".repeat(100) + "}";
        // WHEN / THEN one plain problem, no parser internals
        var error = catchThrowableOfType(InvalidEnvironmentException.class,
                () -> new EnvironmentLoader().fromConfigJson(deep, "environments/Pulumi.test.yaml"));
        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).startsWith("not valid JSON: ").contains("nesting depth");
            assertThat(problem.message()).doesNotContain("com.fasterxml", "StreamReadConstraints", "Exception");
        });
    }
}
