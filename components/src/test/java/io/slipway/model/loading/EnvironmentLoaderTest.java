package io.slipway.model.loading;

import static io.slipway.model.EnvironmentFixture.assertHasProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.slipway.model.Cloud;
import io.slipway.model.EnvironmentFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentLoaderTest {
    @TempDir
    Path dir;

    @Test
    void everyEnvironmentInTheRepositoryLoadsWithoutErrors() throws IOException {
        // GIVEN the repository's environments/ folder (tests run in the module directory)
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of("../environments"))) {
            files = listing.filter(f -> f.getFileName().toString().matches("Pulumi\\..+\\.yaml")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            // WHEN each one is loaded
            LoadedEnvironment loaded = loadReportingProblems(file);
            // THEN it binds into a spec with at least one slot
            assertThat(loaded.spec().slots()).as(file.toString()).isNotEmpty();
            assertThat(loaded.source()).isEqualTo(file.toString());
        }
    }

    @Test
    void theAwsAndGcpFixturesAreValidWithoutWarnings() {
        // GIVEN / WHEN the two base fixtures every validation test starts from
        LoadedEnvironment aws = EnvironmentFixture.aws().assertValid();
        LoadedEnvironment gcp = EnvironmentFixture.gcp().assertValid();
        // THEN they load cleanly, so a test's problem comes from the one change it makes
        assertThat(aws.warnings()).isEmpty();
        assertThat(gcp.warnings()).isEmpty();
        assertThat(aws.spec().cloud()).isEqualTo(Cloud.AWS);
        assertThat(gcp.spec().gcp().project()).isEqualTo("acme-platform-dev");
    }

    @Test
    void aFileWithSeveralProblemsReportsThemAllAtOnce() {
        // GIVEN a file with a misspelt key, a wrong type, a missing required key and two rule violations
        var fixture = EnvironmentFixture.aws()
                .set("regoin", "eu-west-1")
                .set("slots.blue.weight", "lots")
                .remove("domain")
                .set("slots.blue.nodePools[1].min", "40")
                .set("network.cidr", "10.0.0.0/8");
        // WHEN it is loaded
        List<Problem> problems = fixture.problems();
        // THEN every problem is reported in the same run, each at its key path
        assertHasProblem(problems, "regoin", "did you mean 'region'?");
        assertHasProblem(problems, "slots.blue.weight", "expected a whole number from 0 to 100 (a share of the traffic in percent), got 'lots'");
        assertHasProblem(problems, "domain", "missing required key 'domain'");
        assertHasProblem(problems, "slots.blue.nodePools[1].min", "min 40 is greater than max 30");
        assertHasProblem(problems, "network.cidr", "between /16 and /24");
        assertThat(problems).hasSize(5);
    }

    @Test
    void aStackFileNamesItselfInEveryProblem() throws IOException {
        // GIVEN a stack file whose environment has an unknown cloud
        Path file = dir.resolve("Pulumi.broken.yaml");
        Files.writeString(file, "config:\n  slipway:environment:\n" + EnvironmentFixture.AWS.replace("cloud: aws", "cloud: azure")
                .lines().map(l -> "    " + l).reduce("", (a, b) -> a + b + "\n"));
        // WHEN it is loaded
        var error = catchThrowableOfType(InvalidEnvironmentException.class, () -> new EnvironmentLoader().loadStackFile(file));
        // THEN the problem names the file, the key and the valid values
        assertThat(error.problems()).extracting(Problem::render)
                .contains(file + ": cloud: invalid value 'azure'; valid: aws, gcp");
    }

    @Test
    void aStackFileWithoutTheEnvironmentKeyOrWithBrokenYamlIsOneClearProblem() throws IOException {
        // GIVEN a stack file without the environment object, and one that is not YAML
        Path empty = dir.resolve("Pulumi.empty.yaml");
        Files.writeString(empty, "config:\n  aws:region: eu-west-1\n");
        Path broken = dir.resolve("Pulumi.broken.yaml");
        Files.writeString(broken, "config:\n  slipway:environment: {cloud: aws\n");
        Path duplicated = dir.resolve("Pulumi.twice.yaml");
        Files.writeString(duplicated, "config:\n  slipway:environment:\n    cloud: aws\n    cloud: gcp\n");
        var loader = new EnvironmentLoader();
        // WHEN / THEN each gives one problem naming the file, without a stack trace in the message
        assertThatThrownBy(() -> loader.loadStackFile(empty)).isInstanceOf(InvalidEnvironmentException.class)
                .hasMessage(empty + ": config.slipway:environment: missing: the file must hold a 'slipway:environment' object under 'config'");
        assertThatThrownBy(() -> loader.loadStackFile(broken)).isInstanceOf(InvalidEnvironmentException.class)
                .hasMessageStartingWith(broken + ": not valid YAML: ").hasMessageContaining("line ");
        assertThatThrownBy(() -> loader.loadStackFile(duplicated)).isInstanceOf(InvalidEnvironmentException.class)
                .hasMessageContaining("key 'cloud' is written twice in one object").hasMessageContaining("(line 4, column 5)");
        assertThatThrownBy(() -> loader.loadStackFile(dir.resolve("Pulumi.absent.yaml"))).isInstanceOf(InvalidEnvironmentException.class)
                .hasMessage(dir.resolve("Pulumi.absent.yaml") + ": no such file; environments live in environments/Pulumi.<stack>.yaml");
    }

    @Test
    void configJsonAsPulumiHandsItLoadsTheSameWay() {
        // GIVEN the environment as JSON text, the way `pulumi up` passes structured config
        String json = """
                {"cloud":"gcp","tier":"dev","region":"europe-west1","domain":"dev.gcp.example.com",
                 "slots":{"blue":{"kubernetesVersion":"1.34","weight":100,
                   "nodePools":[{"name":"system","system":true,"instanceTypes":["e2-standard-4"],"min":1,"max":2}]}},
                 "addons":{"certManager":{"enabled":false}},"gcp":{"project":"acme-platform-dev"}}
                """;
        // WHEN it is loaded
        LoadedEnvironment loaded = new EnvironmentLoader().fromConfigJson(json, EnvironmentFixture.SOURCE);
        // THEN defaults apply as from YAML
        assertThat(loaded.spec().gcp().releaseChannel()).isEqualTo("REGULAR");
        assertThat(loaded.spec().network().cidr()).isEqualTo("10.0.0.0/16");
        // AND broken JSON is one problem at the config key
        assertThatThrownBy(() -> new EnvironmentLoader().fromConfigJson("{\"cloud\":", EnvironmentFixture.SOURCE))
                .isInstanceOf(InvalidEnvironmentException.class)
                .hasMessageStartingWith(EnvironmentFixture.SOURCE + ": slipway:environment: not valid JSON");
    }

    @Test
    void extraSpecRulesRunAfterTheModelRulesAndAddTheirProblems() {
        // GIVEN a rule from another module (as stacks adds the add-on lock's rule) and a spec with a model problem
        SpecRule noGreen = (spec, source) -> spec.slots().containsKey("green")
                ? List.of(new Problem(source, "slots.green", "green is not supported by the lock"))
                : List.of();
        var root = EnvironmentFixture.aws().set("slots.blue.weight", "60").set("slots.green", """
                {kubernetesVersion: "1.35", weight: 40, nodePools: [{name: system, system: true, instanceTypes: [m6i.xlarge], min: 3, max: 6}]}
                """);
        // WHEN it is loaded with the extra rule
        var error = catchThrowableOfType(InvalidEnvironmentException.class,
                () -> new EnvironmentLoader(List.of(noGreen)).fromTree(root.tree(), EnvironmentFixture.SOURCE));
        // THEN the extra rule's problem is reported
        assertHasProblem(error.problems(), "slots.green", "green is not supported by the lock");
    }

    @Test
    void aSpotPoolMixingSizesLoadsWithAWarning() {
        // GIVEN a spot pool mixing 2xlarge and large types (4x apart)
        var fixture = EnvironmentFixture.aws().set("slots.blue.nodePools[1].instanceTypes", "[m6i.2xlarge, m6i.large]");
        // WHEN it is loaded
        LoadedEnvironment loaded = fixture.assertValid();
        // THEN it is valid, with a warning at the pool's instance types
        assertThat(loaded.warnings()).singleElement().satisfies(w -> {
            assertThat(w.path()).isEqualTo("slots.blue.nodePools[1].instanceTypes");
            assertThat(w.message()).contains("4.0x apart in vCPU");
        });
    }

    private static LoadedEnvironment loadReportingProblems(Path file) {
        try {
            return new EnvironmentLoader().loadStackFile(file);
        } catch (InvalidEnvironmentException e) {
            throw new AssertionError(file + " is invalid:\n" + e.getMessage());
        }
    }
}
