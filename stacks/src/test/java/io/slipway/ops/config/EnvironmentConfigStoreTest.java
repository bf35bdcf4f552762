package io.slipway.ops.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.SlotSpec;
import io.slipway.model.loading.EnvironmentLoader;
import io.slipway.model.loading.InvalidEnvironmentException;
import io.slipway.model.loading.Problem;
import io.slipway.ops.RefusedException;
import io.slipway.ops.TestEnvironments;
import io.slipway.ops.upgrade.UpgradeStateMachine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentConfigStoreTest {
    private static final String FILE = """
            # Header comment, kept.
            secretsprovider: awskms://alias/slipway
            config:
              aws:region: eu-west-1
              slipway:grafanaAdminPassword:
                secure: v1:AAAABBBBCCCC
              slipway:environment:
                cloud: aws
                tier: dev
                region: eu-west-1
                domain: dev.example.com
                # Comment between keys of the environment object, kept.
                slots:
                  blue:
                    # Comment inside the changed slots key, not kept.
                    kubernetesVersion: "1.34"
                    weight: 100
                    nodePools:
                      - name: system
                        system: true
                        instanceTypes: [t3.medium]
                        min: 1
                        max: 2
                addons:
                  certManager: {acmeEmail: platform-team@example.com}
                aws:
                  adminRoleArns: [arn:aws:iam::123456789012:role/platform-admin]
              # Trailing comment, kept.
              slipway:other: "0123"
            """;

    @TempDir
    Path tempDir;

    private EnvironmentConfigStore storeWith(String text) throws Exception {
        Path environments = Files.createDirectories(tempDir.resolve("environments"));
        Files.writeString(environments.resolve("Pulumi.dev.yaml"), text);
        return TestEnvironments.store(tempDir);
    }

    @Test
    void aWriteChangesOnlyTheEnvironmentObjectAndKeepsEverythingElse() throws Exception {
        // GIVEN a stack file with other config keys, a secure value and comments around the environment
        EnvironmentConfigStore store = storeWith(FILE);
        EnvironmentSpec spec = store.read("dev").spec();

        // WHEN green is added as an upgrade would
        EnvironmentSpec next = spec.withSlot("green", spec.slots().get("blue").withVersionAndWeight("1.35", 0));
        store.write("dev", next);

        // THEN the file reads back as the new spec, and every line outside the object is unchanged
        String written = Files.readString(store.file("dev"));
        assertThat(store.read("dev").spec()).isEqualTo(next);
        assertThat(written).startsWith("""
                # Header comment, kept.
                secretsprovider: awskms://alias/slipway
                config:
                  aws:region: eu-west-1
                  slipway:grafanaAdminPassword:
                    secure: v1:AAAABBBBCCCC
                  slipway:environment:
                """);
        assertThat(written).endsWith("""
                  # Trailing comment, kept.
                  slipway:other: "0123"
                """);
        assertThat(written).contains("    # Comment between keys of the environment object, kept.\n    slots:")
                .doesNotContain("Comment inside the changed slots key")
                .doesNotContain("t3.medium]");
    }

    @Test
    void unchangedKeysOfTheEnvironmentKeepTheirTextAndOnlyChangedKeysAreRendered() throws Exception {
        // GIVEN the committed dev file, with comments and flow-style add-on settings
        EnvironmentConfigStore store = TestEnvironments.store(TestEnvironments.project(tempDir));
        String before = Files.readString(store.file("dev"));
        EnvironmentSpec spec = store.read("dev").spec();

        // WHEN only the DNS TTL changes
        store.write("dev", new EnvironmentSpec(spec.cloud(), spec.tier(), spec.region(), spec.domain(), spec.network(),
                spec.apiAccess(), spec.tags(), spec.slots(), new io.slipway.model.network.DnsSpec(30, null), spec.addons(),
                spec.aws(), spec.gcp(), spec.upgrade(), spec.teams(), null, spec.ephemeralPolicy(), spec.logs(), spec.waivers()));

        // THEN the file is the same text but for that one key
        String after = Files.readString(store.file("dev"));
        assertThat(after).isEqualTo(before.replace("ttlSeconds: 60", "ttlSeconds: 30"));
    }

    @Test
    void aNewSlotIsWrittenAsItsSiblingWasWrittenWithoutSpelledOutDefaults() throws Exception {
        // GIVEN blue written without desired, disk size, capacity or labels
        EnvironmentConfigStore store = storeWith(FILE);
        EnvironmentSpec spec = store.read("dev").spec();

        // WHEN green is added as a copy of blue
        store.write("dev", spec.withSlot("green", spec.slots().get("blue").withVersionAndWeight("1.35", 0)));

        // THEN green carries only what blue spelt out, plus its own version and weight
        String written = Files.readString(store.file("dev"));
        assertThat(written).doesNotContain("diskSizeGb").doesNotContain("capacity").doesNotContain("labels");
        assertThat(written).contains("green:").contains("kubernetesVersion: \"1.35\"").contains("weight: 0");
    }

    @Test
    void anInvalidResultIsRefusedAndTheFileStaysAsItWas() throws Exception {
        // GIVEN a valid file, and a loader with a rule that slot weights sum to 100
        storeWith(FILE);
        EnvironmentConfigStore store = new EnvironmentConfigStore(tempDir.resolve("environments"), new EnvironmentLoader(List.of(
                (candidate, source) -> candidate.slots().values().stream().mapToInt(SlotSpec::weight).sum() == 100
                        ? List.of()
                        : List.of(new Problem(source, "slots", "slot weights must sum to 100")))));
        EnvironmentSpec spec = store.read("dev").spec();
        byte[] before = Files.readAllBytes(store.file("dev"));

        // WHEN writing weights that sum to 150
        EnvironmentSpec invalid = spec.withSlot("green", spec.slots().get("blue").withVersionAndWeight("1.35", 50));

        // THEN the loader's rules refuse it and not a byte changed
        assertThatThrownBy(() -> store.write("dev", invalid)).isInstanceOf(InvalidEnvironmentException.class)
                .hasMessageContaining("weight");
        assertThat(Files.readAllBytes(store.file("dev"))).isEqualTo(before);
    }

    @Test
    void aViewIsValidatedByTheViewersRulesAReadByTheLoaders() throws Exception {
        // GIVEN a loader with a rule that refuses the file (as the policy gate refuses a violation) and a viewer without it
        storeWith(FILE);
        var refusing = new EnvironmentLoader(List.of((candidate, source) -> List.of(new Problem(source, "slots", "refused by the gate"))));
        EnvironmentConfigStore store = new EnvironmentConfigStore(tempDir.resolve("environments"), refusing, new EnvironmentLoader());

        // WHEN the environment is read to act on it, and viewed to show it
        // THEN the read is refused by the loader's rule, the view shows the environment
        assertThatThrownBy(() -> store.read("dev")).isInstanceOf(InvalidEnvironmentException.class).hasMessageContaining("refused by the gate");
        assertThat(store.view("dev").spec().slots()).containsKey("blue");
        assertThatThrownBy(() -> store.view("qa")).hasMessageContaining("no environment 'qa'");
    }

    @Test
    void writingTheSameSpecLeavesTheFileUntouched() throws Exception {
        // GIVEN the file  WHEN writing back what was read  THEN it stays byte for byte, comments included
        EnvironmentConfigStore store = storeWith(FILE);
        store.write("dev", store.read("dev").spec());
        assertThat(Files.readString(store.file("dev"))).isEqualTo(FILE);
    }

    @Test
    void theRepositoryEnvironmentsRoundTripThroughAnUpgradeStart() {
        // GIVEN the committed dev environment  WHEN an upgrade starts and is rolled back
        Path project = TestEnvironments.project(tempDir);
        EnvironmentConfigStore store = TestEnvironments.store(project);
        EnvironmentSpec idle = store.read("dev").spec();
        UpgradeStateMachine machine = new UpgradeStateMachine(TestEnvironments.LOCK);
        EnvironmentSpec started = machine.start(idle, "1.35", TestEnvironments.T0).next();
        store.write("dev", started);
        EnvironmentSpec reread = store.read("dev").spec();
        store.write("dev", machine.rollbackRemoval(machine.rollbackTraffic(reread, TestEnvironments.T0)));

        // THEN each write reads back exactly, quoted strings like cost-center "4200" included
        assertThat(reread).isEqualTo(started);
        assertThat(store.read("dev").spec()).isEqualTo(idle);
    }

    @Test
    void aMissingEnvironmentIsAUserMistake() {
        EnvironmentConfigStore store = TestEnvironments.store(TestEnvironments.project(tempDir));
        assertThatThrownBy(() -> store.read("qa")).isInstanceOf(RefusedException.class)
                .hasMessageContaining("no environment 'qa'").hasMessageContaining("Pulumi.qa.yaml");
    }
}
