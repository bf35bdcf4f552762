package io.slipway.ephemeral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.ops.OperationFailedException;
import io.slipway.ops.RefusedException;
import io.slipway.plan.OfflinePlanner;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Children are found by their file and by their stack's {@code ephemeral} output: one made elsewhere
 * (no file here) or whose file no longer validates is listed, counted and reaped, never passed over in
 * silence; and {@code dev up} never takes over a stack it has no file for.
 */
class ChildRecordsTest extends EphemeralTestbed {
    private static final Duration TWO_HOURS = Duration.ofHours(2);

    /** Rewrites the child's file so that it no longer validates (a Kubernetes version no add-on supports). */
    private void breakFile(String name, String from, String to) throws IOException {
        String text = Files.readString(store.file(name));
        assertThat(text).contains(from);
        Files.writeString(store.file(name), text.replace(from, to));
    }

    @Test
    void theChildsProgramExportsTheRecordThatFindsItWithoutItsFile() {
        // GIVEN a child of dev, as dev up derives it
        var child = at(T0).prepare(request("jane-test", "dev", "8h"));

        // WHEN its program runs (offline)
        var outputs = new OfflinePlanner().plan("jane-test", ChildFiles.json(child), "dev up jane-test").outputs();

        // THEN its stack exports the ephemeral block the inventory reads
        assertThat(outputs.get(ChildInventory.EPHEMERAL_OUTPUT)).isEqualTo(Map.of("parent", "dev", "owner", "jane@example.com",
                "createdAt", "2026-11-30T09:00:00Z", "expiresAt", "2026-11-30T17:00:00Z"));
        // AND a GKE child's record also holds its control-plane range, which children made elsewhere avoid
        var gke = at(T0).prepare(request("jane-gke", "gcp-dev", "8h"));
        var gkeOutputs = new OfflinePlanner().plan("jane-gke", ChildFiles.json(gke), "dev up jane-gke").outputs();
        assertThat(((Map<?, ?>) gkeOutputs.get(ChildInventory.EPHEMERAL_OUTPUT)).get(io.slipway.platform.EphemeralRecord.CONTROL_PLANE_RANGE))
                .isEqualTo(gke.gcp().masterCidr());
    }

    @Test
    void upRefusesAStackThatExistsWithoutAFileAndChangesNothing() {
        // GIVEN a stack sandbox in the backend that this checkout has no file for
        stacks.stacks.add("sandbox");

        // WHEN / THEN dev up sandbox is refused, naming the name, and nothing is written, created or deployed
        assertThatThrownBy(() -> at(T0).up(request("sandbox", "dev", "8h")))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("NAME sandbox: the Pulumi backend already has a stack sandbox")
                .hasMessageContaining("Nothing was changed");
        assertThat(store.file("sandbox")).doesNotExist();
        assertThat(journal).isEmpty();
    }

    @Test
    void upOfAChildWhoseFileWasLostWritesItAgainFromTheStacksRecordForTheSameParentAndOwner() throws Exception {
        // GIVEN a child pr-7 of dev for sam@example.com whose file was never saved (its stack and record only)
        stackOnlyChild("pr-7", "dev", T0.plus(Duration.ofHours(24)));

        // WHEN the same dev up runs again, an hour later
        at(T0.plus(Duration.ofHours(1))).up(new EphemeralRequest("pr-7", "dev", "sam@example.com", "8h", null));

        // THEN the file is written again with the stack's recorded dates (not a fresh TTL), and the stack is deployed
        assertThat(Files.readString(store.file("pr-7"))).contains("createdAt: 2026-11-30T09:00:00Z")
                .contains("expiresAt: 2026-12-01T09:00:00Z");
        assertThat(journal).anyMatch(entry -> entry.startsWith("up pr-7"));
        assertThat(output.toString()).contains("whose file is not here: writing it again from the stack's record");

        // AND for another owner, or another parent, the same stack is refused and nothing changes
        Files.delete(store.file("pr-7"));
        journal.clear();
        assertThatThrownBy(() -> at(T0).up(new EphemeralRequest("pr-7", "dev", "jane@example.com", "8h", null)))
                .isInstanceOf(RefusedException.class).hasMessageContaining("is not a child of dev for jane@example.com");
        assertThatThrownBy(() -> at(T0).up(new EphemeralRequest("pr-7", "gcp-dev", "sam@example.com", "8h", null)))
                .isInstanceOf(RefusedException.class).hasMessageContaining("is not a child of gcp-dev for sam@example.com");
        assertThat(store.file("pr-7")).doesNotExist();
        assertThat(journal).isEmpty();
    }

    @Test
    void aChildWithoutAFileHereIsListedAndReapedWithTheCleanDestroyOrder() {
        // GIVEN a child made on a laptop (its stack and ephemeral output only), expired an hour after T0
        stackOnlyChild("laptop-1", "dev", T0.plus(Duration.ofHours(1)));

        // WHEN listed, then reaped two hours later
        var listed = at(T0).children();
        var report = at(T0.plus(TWO_HOURS)).reap(false);

        // THEN it is listed as known to the backend alone, with its parent and owner
        assertThat(listed.children()).singleElement().satisfies(child -> {
            assertThat(child.name()).isEqualTo("laptop-1");
            assertThat(child.record()).isEqualTo(FoundChild.Record.STACK_ONLY);
            assertThat(child.ephemeral().owner()).isEqualTo("sam@example.com");
            assertThat(child.note()).isEqualTo("stack only: no environments/Pulumi.laptop-1.yaml here");
        });
        // AND reaped like any child: ingress release, load-balancer owners of its cluster, the rest, the stack
        assertThat(report.reaped()).containsExactly("laptop-1");
        assertThat(report.complete()).isTrue();
        assertThat(journal).containsExactly(
                "destroy laptop-1 [laptop-1-blue-traefik]",
                "delete load balancer owners of laptop-1-blue",
                "delete volume claims of laptop-1-blue",
                "destroy laptop-1 [laptop-1-blue, laptop-1-blue]",
                "stack remove laptop-1");
        assertThat(stacks.stacks).containsExactly("dev", "gcp-dev");
    }

    @Test
    void devDownByNameTakesDownAChildThatHasNoFileHere() {
        stackOnlyChild("laptop-1", "dev", T0.plus(Duration.ofHours(8)));

        at(T0).down("laptop-1");

        assertThat(journal).first().isEqualTo("destroy laptop-1 [laptop-1-blue-traefik]");
        assertThat(journal).last().isEqualTo("stack remove laptop-1");
        assertThat(output.toString()).contains("Destroyed laptop-1 and removed its stack.");
    }

    @Test
    void extendRefusesAChildThatHasNoFileHereAndSaysWhereToExtendIt() {
        stackOnlyChild("laptop-1", "dev", T0.plus(Duration.ofHours(8)));

        assertThatThrownBy(() -> at(T0).extend("laptop-1", "4h")).isInstanceOf(RefusedException.class)
                .hasMessageContaining("Pulumi.laptop-1.yaml does not exist")
                .hasMessageContaining("extended from the one that has its file");
        assertThat(journal).isEmpty();
    }

    @Test
    void aStackWithoutAFileAndWithoutTheEphemeralOutputIsNeverTouched() {
        // GIVEN prod deployed from another checkout: a stack, no file here, no ephemeral output
        stacks.stacks.add("prod");
        deployer.deployed("prod");

        // WHEN listed and reaped long after any expiry, and taken down by name
        var listed = at(T0.plus(Duration.ofDays(30))).children();
        var report = at(T0.plus(Duration.ofDays(30))).reap(false);

        // THEN it is not a child, and dev down refuses it
        assertThat(listed.children()).isEmpty();
        assertThat(report.reaped()).isEmpty();
        assertThatThrownBy(() -> at(T0).down("prod")).isInstanceOf(RefusedException.class)
                .hasMessageContaining("outputs do not mark it ephemeral");
        assertThat(journal).isEmpty();
        assertThat(deployer.hasResources("prod")).isTrue();
    }

    @Test
    void theCapOnAParentsChildrenCountsChildrenTheBackendAloneKnows() throws IOException {
        // GIVEN dev allows one child at once, and a child of dev exists in the backend only
        var dev = store.file("dev");
        Files.writeString(dev, Files.readString(dev).replace("ephemeralPolicy: {standby: 1}", "ephemeralPolicy: {maxEnvironments: 1}"));
        stackOnlyChild("laptop-1", "dev", T0.plus(Duration.ofHours(8)));

        // WHEN / THEN a second child is refused, naming the one that counts, and nothing is written
        assertThatThrownBy(() -> at(T0).up(request("jane-test", "dev", "8h")))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("ephemeralPolicy.maxEnvironments").hasMessageContaining("[laptop-1]");
        assertThat(store.file("jane-test")).doesNotExist();
    }

    @Test
    void aChildWhoseFileNoLongerValidatesIsListedWithTheReasonAndReaped() throws IOException {
        // GIVEN an expired child whose file was edited into one that does not validate
        at(T0).up(request("old", "dev", "1h"));
        breakFile("old", "kubernetesVersion: \"1.34\"", "kubernetesVersion: \"1.31\"");
        journal.clear();

        // WHEN listed, dry-run reaped, then reaped
        var listed = at(T0).children();
        var dryRun = at(T0.plus(TWO_HOURS)).reap(true);
        var report = at(T0.plus(TWO_HOURS)).reap(false);

        // THEN it is listed, marked invalid with the reason
        assertThat(listed.children()).singleElement().satisfies(child -> {
            assertThat(child.record()).isEqualTo(FoundChild.Record.INVALID_FILE);
            assertThat(child.problem()).contains("kubernetesVersion");
            assertThat(child.ephemeral().expiresAt()).isEqualTo("2026-11-30T10:00:00Z");
        });
        // AND the dry run names it, and the reap destroys it by its parent's cloud settings and removes the file
        assertThat(dryRun.reaped()).containsExactly("old");
        assertThat(report.reaped()).containsExactly("old");
        assertThat(journal).containsExactly(
                "destroy old [old-blue-traefik]",
                "delete load balancer owners of old-blue",
                "delete volume claims of old-blue",
                "destroy old [old-blue, old-blue]",
                "stack remove old");
        assertThat(store.file("old")).doesNotExist();
        assertThat(output.toString()).contains("Would destroy old (expired 2026-11-30T10:00:00Z, invalid file: ")
                .contains("old: invalid file: ").contains("taking it down with the cloud settings of its parent dev");
    }

    @Test
    void devDownTakesDownAChildWhoseFileNoLongerValidates() throws IOException {
        at(T0).up(request("jane-test", "dev", "8h"));
        breakFile("jane-test", "kubernetesVersion: \"1.34\"", "kubernetesVersion: \"1.31\"");
        journal.clear();

        at(T0).down("jane-test");

        assertThat(journal).last().isEqualTo("stack remove jane-test");
        assertThat(store.file("jane-test")).doesNotExist();
    }

    @Test
    void aChildWhoseExpiryCannotBeReadIsReportedAndTheOthersStillGo() throws IOException {
        // GIVEN two expired children, one with an expiry that is not an instant
        at(T0).up(request("a-old", "dev", "1h"));
        at(T0).up(request("b-old", "dev", "1h"));
        breakFile("a-old", "expiresAt: 2026-11-30T10:00:00Z", "expiresAt: soon");
        journal.clear();

        // WHEN reaped
        var report = at(T0.plus(TWO_HOURS)).reap(false);

        // THEN it is a failure that says why and what to do, its stack is untouched, and the other child goes
        assertThat(report.failed()).containsOnlyKeys("a-old");
        assertThat(report.failed().get("a-old")).contains("ephemeral.expiresAt 'soon' is not an ISO-8601 instant")
                .contains("slipway dev down a-old");
        assertThat(report.reaped()).containsExactly("b-old");
        assertThat(report.complete()).isFalse();
        assertThat(journal).noneMatch(line -> line.contains("a-old"));
    }

    @Test
    void aChildWithoutAFileWhoseParentIsNotHereCannotBeTornDownAndSaysWhy() {
        // GIVEN an expired child of staging, a parent this checkout has no file for
        stackOnlyChild("st-1", "staging", T0.plus(Duration.ofHours(1)));

        // WHEN reaped, dry and for real
        var dryRun = at(T0.plus(TWO_HOURS)).reap(true);
        var report = at(T0.plus(TWO_HOURS)).reap(false);

        // THEN both report a failure naming the missing parent file, and nothing was destroyed
        assertThat(dryRun.failed()).containsOnlyKeys("st-1");
        assertThat(report.failed()).containsOnlyKeys("st-1");
        assertThat(report.failed().get("st-1")).contains("its parent 'staging'").contains("Pulumi.staging.yaml does not exist here");
        assertThat(journal).isEmpty();
    }

    @Test
    void upSaysWhatItCouldNotCountTowardTheCapInsteadOfUndercountingSilently() throws Exception {
        // GIVEN an environment file that is not even YAML, so whether it is a child of dev is unknown
        Files.writeString(store.file("mystery"), "config: [unclosed\n");

        // WHEN a child of dev is made
        at(T0).up(request("jane-test", "dev", "8h"));

        // THEN it is made, and the output says the unreadable file was not counted toward the cap
        assertThat(store.file("jane-test")).exists();
        assertThat(output.toString()).contains("warning: not counted toward ephemeralPolicy.maxEnvironments: ")
                .contains("mystery");
    }

    @Test
    void aBackendThatCannotBeListedIsReportedAndTheChildrenWithFilesStillGo() {
        // GIVEN an expired child with a file, and a backend that cannot be listed
        at(T0).up(request("old", "dev", "1h"));
        stacks.listFailure = new OperationFailedException("pulumi stack ls --json failed (exit 255): error: could not log in");

        // WHEN the reaper runs
        var report = at(T0.plus(TWO_HOURS)).reap(false);

        // THEN the child with a file goes, and the backend's failure makes the reap incomplete instead of an empty answer
        assertThat(report.reaped()).containsExactly("old");
        assertThat(report.problems()).singleElement().asString().contains("cannot list the stacks of the Pulumi backend")
                .contains("could not log in");
        assertThat(report.complete()).isFalse();
        assertThat(output.toString()).contains("NOT SEARCHED: cannot list the stacks");
    }
}
