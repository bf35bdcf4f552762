package io.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.cli.bootstrap.ComponentStateBackendPrograms;
import io.slipway.plan.TestEnvironments;
import io.slipway.plan.TinyPlatform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateAndEnvironmentsCommandTest {
    @TempDir
    Path home;

    private CliServices services;

    @BeforeEach
    void project() throws Exception {
        Path environments = Files.createDirectories(home.resolve("environments"));
        TestEnvironments.copyOfDev(environments, "dev");
        TestEnvironments.broken(environments, "broken");
        services = CliRun.services(home, TinyPlatform::define, new ComponentStateBackendPrograms(),
                (stack, config, program) -> Map.of(), "");
    }

    @Test
    void validateAcceptsAValidEnvironment() {
        // GIVEN a valid environment WHEN it is validated THEN it is reported valid, then planned and checked:
        // the tiny program's VPC has no flow logs, so the policy check fails it with exit 3
        var run = CliRun.run(services, "validate", "dev");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("Pulumi.dev.yaml: valid").contains("FAIL     SLW-AWS-014").contains("dev: FAILED");
    }

    @Test
    void validateRefusesAnInvalidEnvironmentWithTheKeyPath() {
        // GIVEN an environment with a misspelt key WHEN it is validated
        var run = CliRun.run(services, "validate", "broken");

        // THEN the problem names the file and the key, exit 2
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Pulumi.broken.yaml").contains("kubernetesVersoin");
    }

    @Test
    void environmentsListsEachStackWithCloudTierRegionAndSlots() {
        // GIVEN a valid and an invalid environment WHEN they are listed
        var run = CliRun.run(services, "environments");

        // THEN the valid one shows what it runs where, the invalid one says how to see why
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^STACK\\s+CLOUD\\s+TIER\\s+REGION\\s+SLOTS")
                .containsPattern("(?m)^dev\\s+aws\\s+dev\\s+eu-west-1\\s+blue \\(1\\.34, 100%\\)$")
                .containsPattern("(?m)^broken\\s+.*invalid: run `slipway validate broken`$");
    }

    @Test
    void environmentsSaysSoWhenThereAreNone() throws Exception {
        // GIVEN an empty directory WHEN environments are listed THEN it says there are none
        Path empty = Files.createDirectories(home.resolve("empty"));
        var run = CliRun.run(services, "environments", "--environments", empty.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("No Pulumi.<stack>.yaml files in " + empty);
    }

    @Test
    void oneBrokenFileOfAnyKindNeitherBreaksTheListingNorShowsAStackTrace() throws Exception {
        // GIVEN next to dev: a dangling link, a directory, and a file with a 200,000-character email address
        Path environments = home.resolve("environments");
        Files.createSymbolicLink(environments.resolve("Pulumi.gone.yaml"), environments.resolve("nowhere.yaml"));
        Files.createDirectory(environments.resolve("Pulumi.folder.yaml"));
        Files.writeString(environments.resolve("Pulumi.huge.yaml"), Files.readString(environments.resolve("Pulumi.dev.yaml"))
                .replace("platform-team@example.com", "a".repeat(200_000) + "@example.com"));
        // WHEN they are listed, and each is validated
        var listing = CliRun.run(services, "environments");
        var gone = CliRun.run(services, "validate", "gone");
        var folder = CliRun.run(services, "validate", "folder");
        var huge = CliRun.run(services, "validate", "huge");
        // THEN the listing still shows dev, and each broken file says what it is, exit 2
        assertThat(listing.exitCode()).isZero();
        assertThat(listing.out()).containsPattern("(?m)^dev\\s+aws").containsPattern("(?m)^gone\\s+.*invalid")
                .containsPattern("(?m)^folder\\s+.*invalid").containsPattern("(?m)^huge\\s+.*invalid");
        assertThat(gone.exitCode()).isEqualTo(2);
        assertThat(gone.err()).contains("is a symbolic link to ").contains("which does not exist");
        assertThat(folder.err()).contains("Pulumi.folder.yaml: is a directory, not a stack file");
        assertThat(huge.err()).contains("addons.certManager.acmeEmail: the value has 200012 characters").hasSizeLessThan(2000);
        assertThat(gone.err() + folder.err() + huge.err()).doesNotContain("Exception", "java.", "\tat ");
    }
}
