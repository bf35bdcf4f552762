package io.slipway.ephemeral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.model.Capacity;
import io.slipway.model.EnvironmentSpec;
import io.slipway.platform.SpecRules;
import io.slipway.ops.RefusedException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The dev lifecycle (up, list, extend, down, reap) on copies of the shipped environments, a fake deployer and a fixed clock. */
class EphemeralLifecycleTest extends EphemeralTestbed {
    @Test
    void upWritesTheChildFileThenCreatesTheStackThenDeploys() throws java.io.IOException {
        // WHEN jane asks for an 8-hour child of dev
        var deployed = at(T0).up(request("jane-test", "dev", "8h"));

        // THEN its file exists first, derived from dev: one cheap slot, backups off, records under the parent's domain
        EnvironmentSpec child = store.read("jane-test").spec();
        assertThat(child.ephemeral().parent()).isEqualTo("dev");
        assertThat(child.ephemeral().owner()).isEqualTo("jane@example.com");
        assertThat(child.ephemeral().createdAt()).isEqualTo("2026-11-30T09:00:00Z");
        assertThat(child.ephemeral().expiresAt()).isEqualTo("2026-11-30T17:00:00Z");
        assertThat(child.domain()).isEqualTo("jane-test.dev.platform.example.com");
        assertThat(child.slots()).containsOnlyKeys("blue");
        var pools = child.slots().get("blue").nodePools();
        assertThat(pools).extracting(p -> p.name() + ":" + p.capacity() + ":" + p.min() + "-" + p.max())
                .containsExactly("system:ON_DEMAND:1-2", "workers:SPOT:0-3");
        assertThat(pools.get(1).instanceTypes()).containsExactly("t3.large", "t3a.large", "m5.large", "m5a.large");
        assertThat(child.addons().backups().enabled()).isFalse();
        assertThat(child.addons().monitoring().retention()).isEqualTo("1d");
        assertThat(child.apiAccess().publicCidrs()).containsExactly("203.0.113.0/24");
        // AND the stack was created before the deployment, and the deployment is reported with its outputs
        assertThat(journal).containsExactly("stack create jane-test", "preview jane-test", "up jane-test");
        // AND the file reads like a hand-written one: block style, versions as strings, no policy for children of its own
        assertThat(java.nio.file.Files.readString(store.file("jane-test")))
                .startsWith("# Ephemeral environment jane-test, written by `slipway dev up`")
                .contains("    ephemeral:\n      parent: dev\n", "kubernetesVersion: \"1.34\"")
                .doesNotContain("ephemeralPolicy");
        assertThat(deployed.outputs()).containsKey("slots");
    }

    @Test
    void aRerunAfterAnInterruptionResumesFromTheWrittenFile() {
        // GIVEN an up that wrote the file and created the stack, then died before pulumi up (at T0)
        at(T0).prepare(request("jane-test", "dev", "8h"));
        new ChildFiles(SpecRules.loader()).create(store.file("jane-test"), "jane-test",
                at(T0).prepare(request("jane-test", "dev", "8h")));
        stacks.create("jane-test");
        journal.clear();

        // WHEN it is re-run an hour later
        at(T0.plusSeconds(3600)).up(request("jane-test", "dev", "8h"));

        // THEN the file is kept as written (same expiry), the stack is not created again, and the deploy runs
        assertThat(store.read("jane-test").spec().ephemeral().expiresAt()).isEqualTo("2026-11-30T17:00:00Z");
        assertThat(journal).containsExactly("preview jane-test", "up jane-test");
    }

    @Test
    void listShowsChildrenOnlyAndExtendMovesTheExpiryWithinTheParentsMaximum() {
        // GIVEN two children
        at(T0).up(request("jane-test", "dev", "8h"));
        at(T0).up(request("gk", "gcp-dev", "1h"));

        // WHEN listing and extending one
        var names = at(T0).children().children().stream().map(FoundChild::name).toList();
        Instant expiry = at(T0.plus(Duration.ofHours(7))).extend("jane-test", "4h");

        // THEN only the children are listed, and the new expiry counts from now and is re-applied
        assertThat(names).containsExactly("gk", "jane-test");
        assertThat(expiry).isEqualTo(Instant.parse("2026-11-30T20:00:00Z"));
        assertThat(store.read("jane-test").spec().ephemeral().expiresAt()).isEqualTo("2026-11-30T20:00:00Z");
        assertThat(journal).last().isEqualTo("up jane-test");
        // AND an extension past the parent's 72h maximum is refused, naming the flag
        assertThatThrownBy(() -> at(T0).extend("jane-test", "73h"))
                .isInstanceOf(RefusedException.class).hasMessageContaining("--ttl 73h").hasMessageContaining("maxTtl");
    }

    @Test
    void downRemovesLoadBalancersAndVolumesFirstThenEverythingThenTheStackThenTheFile() {
        // GIVEN a deployed child
        at(T0).up(request("jane-test", "dev", "8h"));
        journal.clear();

        // WHEN it is taken down
        at(T0).down("jane-test");

        // THEN the ingress release goes first, then the cluster's load-balancer owners and volume claims, then the rest,
        // then the stack and file
        assertThat(journal).containsExactly(
                "destroy jane-test [jane-test-blue-traefik]",
                "delete load balancer owners of jane-test-blue",
                "delete volume claims of jane-test-blue",
                "destroy jane-test [jane-test-blue, jane-test-blue]",
                "stack remove jane-test");
        assertThat(store.file("jane-test")).doesNotExist();
        assertThat(deployer.hasResources("jane-test")).isFalse();
    }

    @Test
    void reapDestroysExpiredChildrenOnlyAndNeverALongLivedEnvironment() {
        // GIVEN an expired child, an unexpired one, and dev and gcp-dev long expired by any measure
        at(T0).up(request("old", "dev", "1h"));
        at(T0).up(request("fresh", "dev", "8h"));
        deployer.deployed("dev");
        journal.clear();

        // WHEN the reaper runs two hours later
        var report = at(T0.plus(Duration.ofHours(2))).reap(false);

        // THEN only the expired child went
        assertThat(report.reaped()).containsExactly("old");
        assertThat(report.kept()).containsExactly("fresh");
        assertThat(report.failed()).isEmpty();
        assertThat(journal).allMatch(line -> line.contains("old"));
        assertThat(store.file("old")).doesNotExist();
        assertThat(store.file("fresh")).exists();
        assertThat(deployer.hasResources("dev")).isTrue();
    }

    @Test
    void aDryRunDestroysNothing() {
        at(T0).up(request("old", "dev", "1h"));
        journal.clear();

        var report = at(T0.plus(Duration.ofHours(2))).reap(true);

        assertThat(report.reaped()).containsExactly("old");
        assertThat(journal).isEmpty();
        assertThat(store.file("old")).exists();
    }

    @Test
    void aFailedDestroyIsReportedAndTheOthersStillGoAndTheNextReapFinishesIt() {
        // GIVEN two expired children, the first of which fails to destroy
        at(T0).up(request("a-old", "dev", "1h"));
        at(T0).up(request("b-old", "gcp-dev", "1h"));
        deployer.failDestroyOf.add("a-old");

        // WHEN the reaper runs
        var first = at(T0.plus(Duration.ofHours(2))).reap(false);

        // THEN the failure is reported with its reason, and the other child is destroyed anyway
        assertThat(first.failed()).containsOnlyKeys("a-old");
        assertThat(first.failed().get("a-old")).contains("injected failure");
        assertThat(first.reaped()).containsExactly("b-old");
        assertThat(output.toString()).contains("FAILED to destroy a-old");
        // AND the failed child keeps its file, so the next run (an interrupted reap resuming) finishes it
        assertThat(store.file("a-old")).exists();
        deployer.failDestroyOf.clear();
        var second = at(T0.plus(Duration.ofHours(3))).reap(false);
        assertThat(second.reaped()).containsExactly("a-old");
        assertThat(store.file("a-old")).doesNotExist();
        assertThat(stacks.stacks).containsExactly("dev", "gcp-dev");
    }

    @Test
    void aReapInterruptedAfterTheStackWasRemovedFinishesByRemovingTheFile() {
        // GIVEN an expired child whose resources and stack are gone but whose file remains (killed before the delete)
        at(T0).up(request("old", "dev", "1h"));
        stacks.remove("old");
        journal.clear();

        // WHEN the reaper runs again
        var report = at(T0.plus(Duration.ofHours(2))).reap(false);

        // THEN it removes the file without touching the backend again
        assertThat(report.reaped()).containsExactly("old");
        assertThat(journal).isEmpty();
        assertThat(store.file("old")).doesNotExist();
    }

    @Test
    void theChildOfAGcpParentGetsItsOwnControlPlaneRangeAndNoDeletionProtection() {
        EnvironmentSpec child = at(T0).prepare(request("gk", "gcp-dev", null));

        assertThat(child.gcp().masterCidr()).isNotEqualTo(store.read("gcp-dev").spec().gcp().masterCidr()).endsWith("/28");
        assertThat(child.gcp().deletionProtection()).isFalse();
        assertThat(child.ephemeral().expiresAt()).isEqualTo("2026-11-30T17:00:00Z"); // the default 8h
        assertThat(child.slots().get("blue").nodePools()).extracting(p -> p.capacity()).containsExactly(Capacity.ON_DEMAND, Capacity.SPOT);
    }
}
