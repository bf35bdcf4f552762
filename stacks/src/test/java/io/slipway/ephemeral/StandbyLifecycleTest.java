package io.slipway.ephemeral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.model.EnvironmentSpec;
import io.slipway.ops.RefusedException;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Standbys: {@code dev standby} keeps a parent's pre-deployed children, {@code dev up} claims one instead
 * of creating a cluster, and every {@code dev} command then knows the child by the claimed name.
 */
class StandbyLifecycleTest extends EphemeralTestbed {
    private void policy(String parent, String policy) throws IOException {
        var file = store.file(parent);
        String text = Files.readString(file);
        Files.writeString(file, text.contains("ephemeralPolicy: ") ? text.replaceFirst("ephemeralPolicy: \\{[^}]*}", "ephemeralPolicy: " + policy)
                : text.replaceFirst("\n    (aws|gcp):\n", "\n    ephemeralPolicy: " + policy + "\n    $1:\n"));
    }

    @Test
    void standbyDeploysTheMissingStandbysOnceAndARerunChangesNothing() throws IOException {
        // GIVEN dev keeps one standby
        policy("dev", "{standby: 1}");

        // WHEN the scheduled job fills the pool, twice
        var made = at(T0).standby("dev", "platform@example.com");
        var again = at(T0.plusSeconds(60)).standby("dev", "platform@example.com");

        // THEN dev-sb1 is written as a standby living for dev's longest time to live, then created and deployed once
        assertThat(made).containsExactly("dev-sb1");
        assertThat(again).isEmpty();
        EnvironmentSpec standby = store.read("dev-sb1").spec();
        assertThat(standby.ephemeral().isStandby()).isTrue();
        assertThat(standby.ephemeral().claimedAs()).isNull();
        assertThat(standby.ephemeral().owner()).isEqualTo("platform@example.com");
        assertThat(standby.ephemeral().expiresAt()).isEqualTo("2026-12-03T09:00:00Z");
        assertThat(standby.domain()).isEqualTo("dev-sb1.dev.platform.example.com");
        assertThat(journal).containsExactly("stack create dev-sb1", "preview dev-sb1", "up dev-sb1");
        // AND its stack's record marks it a standby, as the program exports it
        assertThat(deployer.outputs("dev-sb1").get("ephemeral")).isEqualTo(Map.of("parent", "dev",
                "owner", "platform@example.com", "createdAt", "2026-11-30T09:00:00Z", "expiresAt", "2026-12-03T09:00:00Z",
                "standby", true));
        assertThat(output.toString()).contains("dev: 1 standby(s) waiting of the 1 its ephemeralPolicy.standby asks for.");
    }

    @Test
    void upClaimsAWaitingStandbyInsteadOfCreatingACluster() throws IOException {
        // GIVEN a deployed standby of dev
        policy("dev", "{standby: 1}");
        at(T0).standby("dev", "platform@example.com");
        journal.clear();

        // WHEN jane asks for pr-12 an hour later
        var deployed = at(T0.plusSeconds(3600)).up(request("pr-12", "dev", "8h"));

        // THEN the standby's stack is deployed again, answering to pr-12: no new stack, no pr-12 file
        assertThat(deployed.stack()).isEqualTo("dev-sb1");
        assertThat(journal).containsExactly("preview dev-sb1", "up dev-sb1");
        assertThat(store.file("pr-12")).doesNotExist();
        EnvironmentSpec claimed = store.read("dev-sb1").spec();
        assertThat(claimed.domain()).isEqualTo("pr-12.dev.platform.example.com");
        assertThat(claimed.ephemeral()).satisfies(e -> {
            assertThat(e.isStandby()).isFalse();
            assertThat(e.claimedAs()).isEqualTo("pr-12");
            assertThat(e.owner()).isEqualTo("jane@example.com");
            assertThat(e.createdAt()).isEqualTo("2026-11-30T10:00:00Z");
            assertThat(e.expiresAt()).isEqualTo("2026-11-30T18:00:00Z");
        });
        // AND the file no longer says standby, and its stack's record says who it answers to
        assertThat(Files.readString(store.file("dev-sb1"))).doesNotContain("standby:").contains("claimedAs: pr-12");
        assertThat((Map<String, Object>) deployer.ephemeralOutputs.get("dev-sb1")).containsEntry("claimedAs", "pr-12")
                .doesNotContainKey("standby");
        assertThat(output.toString()).contains("[1/3] Claimed standby dev-sb1 for pr-12");
    }

    @Test
    void everyDevCommandKnowsAClaimedStandbyByItsClaimedName() throws IOException {
        // GIVEN pr-12, claimed from dev's standby
        policy("dev", "{standby: 1}");
        at(T0).standby("dev", "platform@example.com");
        at(T0).up(request("pr-12", "dev", "8h"));
        journal.clear();

        // WHEN it is listed, re-run, extended and taken down by that name
        var listed = at(T0).children().children();
        at(T0).up(request("pr-12", "dev", "8h"));
        var expiry = at(T0.plusSeconds(3600)).extend("pr-12", "4h");
        at(T0.plusSeconds(7200)).down("pr-12");

        // THEN the list shows it as pr-12 on stack dev-sb1, the re-run resumes the same stack, the extension
        // moves its expiry, and down destroys that stack and removes its file
        assertThat(listed).singleElement().satisfies(c -> {
            assertThat(c.answersTo()).isEqualTo("pr-12");
            assertThat(c.name()).isEqualTo("dev-sb1");
        });
        assertThat(expiry).isEqualTo(T0.plus(Duration.ofHours(5)));
        assertThat(journal).startsWith("preview dev-sb1", "up dev-sb1", "up dev-sb1").contains("stack remove dev-sb1");
        assertThat(journal).noneMatch(line -> line.contains("pr-12"));
        assertThat(store.file("dev-sb1")).doesNotExist();
        assertThat(output.toString()).contains("Resuming pr-12 from");
    }

    @Test
    void aStandbyWhoseDeployNeverCompletedIsNotClaimedAndTheNextFillResumesIt() throws IOException {
        // GIVEN a standby file whose pulumi up failed: its stack exports no record yet
        policy("dev", "{standby: 1}");
        var spec = ChildSpecs.standby(new EphemeralRequest("dev-sb1", "dev", "platform@example.com", null, null),
                store.read("dev").spec(), T0, java.util.List.of());
        new ChildFiles(io.slipway.platform.SpecRules.loader()).create(store.file("dev-sb1"), "dev-sb1", spec);
        stacks.create("dev-sb1");
        journal.clear();

        // WHEN jane asks for pr-12, and later the pool is filled
        at(T0).up(request("pr-12", "dev", "8h"));
        var made = at(T0).standby("dev", "platform@example.com");

        // THEN pr-12 is created cold, and the fill resumes dev-sb1 rather than making another
        assertThat(journal).containsSubsequence("stack create pr-12", "up pr-12", "preview dev-sb1", "up dev-sb1");
        assertThat(made).isEmpty();
        assertThat(store.read("pr-12").spec().ephemeral().claimedAs()).isNull();
    }

    @Test
    void aStandbyOnAnotherKubernetesVersionIsNotClaimed() throws IOException {
        // GIVEN a standby on dev's 1.34
        policy("dev", "{standby: 1}");
        at(T0).standby("dev", "platform@example.com");
        journal.clear();

        // WHEN jane asks for 1.35
        at(T0).up(new EphemeralRequest("pr-12", "dev", "jane@example.com", "8h", "1.35"));

        // THEN she gets a cold child, and the standby still waits
        assertThat(journal).containsExactly("stack create pr-12", "preview pr-12", "up pr-12");
        assertThat(store.read("dev-sb1").spec().ephemeral().isStandby()).isTrue();
    }

    @Test
    void aClaimRaceLostBeforePulumiUpIsRefusedAndTheStandbyFileIsRestored() throws IOException {
        // GIVEN a standby, and another checkout that claims it while this dev up waits for its confirmation
        policy("dev", "{standby: 1}");
        at(T0).standby("dev", "platform@example.com");
        String before = Files.readString(store.file("dev-sb1"));
        confirmer = question -> {
            var record = new java.util.HashMap<>(deployer.ephemeralOutputs.get("dev-sb1"));
            record.remove("standby");
            record.put("claimedAs", "pr-99");
            deployer.ephemeralOutputs.put("dev-sb1", record);
            return true;
        };
        journal.clear();

        // WHEN jane's claim goes on
        assertThatThrownBy(() -> at(T0).up(request("pr-12", "dev", "8h")))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("standby dev-sb1 was claimed as pr-99").hasMessageContaining("run slipway dev up pr-12 again");

        // THEN nothing was deployed and the standby's file is as it was
        assertThat(journal).containsExactly("preview dev-sb1");
        assertThat(Files.readString(store.file("dev-sb1"))).isEqualTo(before);
    }

    @Test
    void aStandbyMadeElsewhereIsClaimedFromTheBackendAndKeepsItsControlPlaneRange() throws IOException {
        // GIVEN a GKE standby the CI made: a stack and its record, no file here
        policy("gcp-dev", "{standby: 1}");
        stacks.stacks.add("gcp-dev-sb1");
        deployer.deployed("gcp-dev-sb1");
        deployer.ephemeralOutputs.put("gcp-dev-sb1", Map.of("parent", "gcp-dev", "owner", "platform@example.com",
                "createdAt", T0.toString(), "expiresAt", T0.plus(Duration.ofHours(72)).toString(), "standby", true,
                "controlPlaneRange", "172.16.99.16/28"));
        journal.clear();

        // WHEN jane asks for pr-7
        at(T0).up(request("pr-7", "gcp-dev", "8h"));

        // THEN the file is written for the standby's stack, claimed, on its recorded range
        EnvironmentSpec claimed = store.read("gcp-dev-sb1").spec();
        assertThat(claimed.ephemeral().claimedAs()).isEqualTo("pr-7");
        assertThat(claimed.gcp().masterCidr()).isEqualTo("172.16.99.16/28");
        assertThat(claimed.domain()).isEqualTo("pr-7.dev.gcp.platform.example.com");
        assertThat(journal).containsExactly("preview gcp-dev-sb1", "up gcp-dev-sb1");
    }

    @Test
    void standbysCountTowardTheCapAClaimDoesNotAndAStandbyNameIsNotForTheTaking() throws IOException {
        // GIVEN dev allows two children and keeps one standby, and one child exists
        policy("dev", "{standby: 1, maxEnvironments: 2}");
        at(T0).up(request("jane-test", "dev", "8h"));
        at(T0).standby("dev", "platform@example.com");

        // WHEN a third child is asked for cold, then claimed, then the pool is filled at the cap
        assertThatThrownBy(() -> at(T0).up(new EphemeralRequest("pr-1", "dev", "jane@example.com", "8h", "1.35")))
                .isInstanceOf(RefusedException.class).hasMessageContaining("standbys included");
        at(T0).up(request("pr-2", "dev", "8h"));
        var made = at(T0).standby("dev", "platform@example.com");

        // THEN the claim went (it adds no cluster), and no standby fits any more
        assertThat(store.read("dev-sb1").spec().ephemeral().claimedAs()).isEqualTo("pr-2");
        assertThat(made).isEmpty();
        assertThat(output.toString()).contains("deploying 0 of the 1 standby(s) missing");
        // AND nobody can deploy under a waiting standby's name
        policy("gcp-dev", "{standby: 1}");
        at(T0).standby("gcp-dev", "platform@example.com");
        assertThatThrownBy(() -> at(T0).up(request("gcp-dev-sb1", "gcp-dev", "8h")))
                .isInstanceOf(RefusedException.class).hasMessageContaining("is a standby of gcp-dev");
    }

    @Test
    void anExpiredStandbyIsReapedAndTheNextFillReplacesIt() throws IOException {
        // GIVEN a standby past dev's 72 hours
        policy("dev", "{standby: 1}");
        at(T0).standby("dev", "platform@example.com");

        // WHEN the nightly job reaps, then fills
        var report = at(T0.plus(Duration.ofHours(73))).reap(false);
        var made = at(T0.plus(Duration.ofHours(73))).standby("dev", "platform@example.com");

        // THEN the old standby is gone and a new one, under the freed name, lives 72 hours from now
        assertThat(report.reaped()).containsExactly("dev-sb1");
        assertThat(made).containsExactly("dev-sb1");
        assertThat(store.read("dev-sb1").spec().ephemeral().expiresAt()).isEqualTo("2026-12-06T10:00:00Z");
    }

    @Test
    void aParentWithoutStandbysFillsNothingAndALongParentNameIsRefusedByName() throws IOException {
        // GIVEN dev keeps no standby (the default), and a parent whose name leaves no room for -sbK
        policy("dev", "{}");
        var none = at(T0).standby("dev", "platform@example.com");
        Files.copy(store.file("dev"), store.file("development-eu-1x"));
        policy("development-eu-1x", "{standby: 1}");

        // THEN nothing is deployed, and the long name is refused before anything is written
        assertThat(none).isEmpty();
        assertThat(journal).isEmpty();
        assertThatThrownBy(() -> at(T0).standby("development-eu-1x", "platform@example.com"))
                .isInstanceOf(RefusedException.class).hasMessageContaining("development-eu-1x-sb1")
                .hasMessageContaining("at most 16");
        assertThat(journal).isEmpty();
        assertThatThrownBy(() -> at(T0).standby("dev", " "))
                .isInstanceOf(RefusedException.class).hasMessageContaining("--owner is required");
    }

    @Test
    void aStandbyClaimedFromAnotherCheckoutIsNeitherRedeployedNorReapedByItsStaleFile() throws IOException {
        // GIVEN this checkout's standby dev-sb1, claimed as pr-5 from another checkout near the end of its 72 hours
        policy("dev", "{standby: 1}");
        at(T0).standby("dev", "platform@example.com");
        var claimedElsewhere = new java.util.HashMap<>(deployer.ephemeralOutputs.get("dev-sb1"));
        claimedElsewhere.remove("standby");
        claimedElsewhere.put("claimedAs", "pr-5");
        claimedElsewhere.put("expiresAt", "2026-12-03T17:00:00Z");
        deployer.ephemeralOutputs.put("dev-sb1", claimedElsewhere);
        journal.clear();

        // WHEN the scheduled job fills the pool, then reaps after the stale file's expiry but before the claim's
        var made = at(T0.plusSeconds(60)).standby("dev", "platform@example.com");
        var report = at(T0.plus(Duration.ofHours(73))).reap(false);

        // THEN dev-sb1 is neither re-deployed (that would undo the claim) nor counted: dev-sb2 takes its place
        assertThat(made).containsExactly("dev-sb2");
        assertThat(journal).noneMatch(line -> line.equals("up dev-sb1") || line.startsWith("destroy dev-sb1"));
        assertThat(output.toString()).contains("dev-sb1 was claimed from another checkout");
        // AND the reaper keeps it, naming the later expiry its stack's record holds
        assertThat(report.kept()).contains("dev-sb1");
        assertThat(output.toString()).contains("Keeping dev-sb1: its stack's record says it expires 2026-12-03T17:00:00Z");
        // AND a new child under the name it was claimed as is refused, since their records would collide
        journal.clear();
        assertThatThrownBy(() -> at(T0.plusSeconds(120)).up(request("pr-5", "dev", "8h")))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("standby dev-sb1 was claimed as pr-5 from another checkout");
        assertThat(store.file("pr-5")).doesNotExist();
        assertThat(journal).isEmpty();
    }

    @Test
    void aNameThatIsAStackAlreadyIsNeverGivenToAStandby() throws IOException {
        // GIVEN a waiting standby, and jane's child pr-12 whose file was lost (its stack and record remain)
        at(T0).standby("dev", "platform@example.com");
        stackOnlyChild("pr-12", "dev", T0.plus(Duration.ofHours(8)));
        deployer.ephemeralOutputs.put("pr-12", Map.of("parent", "dev", "owner", "jane@example.com",
                "createdAt", T0.toString(), "expiresAt", T0.plus(Duration.ofHours(8)).toString()));
        journal.clear();

        // WHEN jane re-runs dev up pr-12
        var deployed = at(T0.plusSeconds(60)).up(request("pr-12", "dev", "8h"));

        // THEN her own stack is re-deployed from its record, and the standby still waits
        assertThat(deployed.stack()).isEqualTo("pr-12");
        assertThat(journal).containsExactly("preview pr-12", "up pr-12");
        assertThat(store.read("dev-sb1").spec().ephemeral().isStandby()).isTrue();
    }
}
