package io.slipway.ops.drill;

import static io.slipway.ops.StackFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.ops.Confirmer;
import io.slipway.ops.FakeCloud;
import io.slipway.ops.FakeDeployer;
import io.slipway.ops.FakeSleeper;
import io.slipway.ops.FakeSmokeChecks;
import io.slipway.ops.Journal;
import io.slipway.ops.ManualClock;
import io.slipway.ops.RefusedException;
import io.slipway.ops.SlotTarget;
import io.slipway.ops.StackFixture;
import io.slipway.ops.TestEnvironments;
import io.slipway.ops.checks.SmokeChecks;
import io.slipway.ops.config.EnvironmentConfigStore;
import io.slipway.ops.teardown.SlotTeardown;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterLossDrillTest {
    @TempDir
    Path tempDir;

    private final Journal journal = new Journal();
    private final ManualClock clock = new ManualClock(TestEnvironments.T0);
    private final FakeSleeper sleeper = new FakeSleeper(clock, journal);
    private final StringWriter output = new StringWriter();
    private FakeCloud cloud;
    private FakeDeployer deployer;
    private EnvironmentConfigStore store;

    @BeforeEach
    void setUp() {
        store = TestEnvironments.store(TestEnvironments.project(tempDir));
        // Each phase takes a known time: the fakes move the clock as the real operations would take it.
        cloud = new FakeCloud(journal) {
            @Override
            public void backup(SlotTarget target, String backupName) {
                clock.advance(Duration.ofMinutes(3));
                super.backup(target, backupName);
            }

            @Override
            public void restore(SlotTarget target, String backupName) {
                clock.advance(Duration.ofMinutes(6));
                super.restore(target, backupName);
            }
        };
        deployer = new FakeDeployer(journal, store) {
            @Override
            public void destroyTargets(String stack, List<String> urns) {
                clock.advance(Duration.ofMinutes(8));
                super.destroyTargets(stack, urns);
            }

            @Override
            public void up(String stack) {
                clock.advance(Duration.ofMinutes(15));
                super.up(stack);
            }
        }.withResources(StackFixture.devWithBlue());
    }

    private ClusterLossDrill drill(SmokeChecks checks) {
        var out = new PrintWriter(output, true);
        var teardown = new SlotTeardown(deployer, cloud, cloud, clock, sleeper, Duration.ofMinutes(10), out);
        return new ClusterLossDrill(store, deployer, teardown, cloud, checks, clock, Confirmer.alwaysYes(), out);
    }

    @Test
    void theDrillRunsEveryPhaseInOrderAndTimesEach() {
        // GIVEN dev with blue deployed  WHEN running the cluster-loss drill
        DrillReport report = drill(new FakeSmokeChecks(journal)).run("dev", null, Set.of());

        // THEN backup, destroy, recreate, restore and verify passed, each with its own duration
        assertThat(report.passed()).isTrue();
        assertThat(report.slot()).isEqualTo("blue");
        assertThat(report.phases()).extracting(DrillReport.Phase::name)
                .containsExactly("backup", "destroy", "recreate", "restore", "verify");
        assertThat(report.phases()).extracting(DrillReport.Phase::duration).containsExactly(
                Duration.ofMinutes(3), Duration.ofMinutes(16), Duration.ofMinutes(15), Duration.ofMinutes(6), Duration.ZERO);
        assertThat(report.total()).isEqualTo(Duration.ofMinutes(40));
        // AND the backup is taken before the slot goes, the slot is destroyed by its URN, restore follows recreate
        String backup = "velero backup drill-dev-blue-20261121-050000";
        assertThat(journal.indexOf(backup)).isLessThan(journal.indexOf("destroy dev [" + SLOT + "]"));
        assertThat(journal.indexOf("destroy dev [" + SLOT + "]")).isLessThan(journal.indexOf("up dev"));
        assertThat(journal.indexOf("up dev")).isLessThan(journal.indexOf("velero restore drill-dev-blue-20261121-050000"));
        assertThat(journal.indexOf("velero restore")).isLessThan(journal.indexOf("checks dev-blue"));
        assertThat(deployer.destroyed).allSatisfy(targets -> assertThat(targets).doesNotContain(ZONE, KMS_KEY, BACKUPS_BUCKET));
        assertThat(output.toString()).contains("Cluster-loss drill of dev/blue").containsPattern("destroy\\s+16m\\s+passed")
                .contains("total 40m: PASSED");
    }

    @Test
    void aFailedPhaseStopsTheDrillAndTheRestIsReportedSkipped() {
        // GIVEN a restore that ends partially failed
        cloud.failing("restore");

        // WHEN running the drill
        DrillReport report = drill(new FakeSmokeChecks(journal)).run("dev", "blue", Set.of());

        // THEN restore is failed with Velero's reason, verify skipped, the drill failed
        assertThat(report.passed()).isFalse();
        assertThat(report.phases()).extracting(DrillReport.Phase::outcome).containsExactly(
                DrillReport.Outcome.PASSED, DrillReport.Outcome.PASSED, DrillReport.Outcome.PASSED,
                DrillReport.Outcome.FAILED, DrillReport.Outcome.SKIPPED);
        assertThat(report.phases().get(3).detail()).contains("PartiallyFailed");
        assertThat(journal.indexOf("checks")).isEqualTo(-1);
    }

    @Test
    void failingChecksFailTheVerifyPhase() {
        DrillReport report = drill(new FakeSmokeChecks(journal).failing()).run("dev", null, Set.of());
        assertThat(report.phases().get(4).outcome()).isEqualTo(DrillReport.Outcome.FAILED);
        assertThat(report.phases().get(4).detail()).contains("HTTP through slipway-probe.blue.dev.platform.example.com");
    }

    @Test
    void prodAndUnknownOrUndeployedSlotsAreRefusedBeforeAnythingHappens() {
        // GIVEN/WHEN drilling prod without the flag, a slot dev does not have, or one not deployed  THEN refused, nothing done
        assertThatThrownBy(() -> drill(new FakeSmokeChecks(journal)).run("prod", null, Set.of()))
                .isInstanceOf(RefusedException.class).hasMessageContaining("--allow-prod");
        assertThatThrownBy(() -> drill(new FakeSmokeChecks(journal)).run("dev", "green", Set.of()))
                .isInstanceOf(RefusedException.class).hasMessageContaining("no slot 'green'");
        deployer.withResources(List.of());
        assertThatThrownBy(() -> drill(new FakeSmokeChecks(journal)).run("dev", "blue", Set.of()))
                .isInstanceOf(RefusedException.class).hasMessageContaining("not deployed");
        assertThat(cloud.backupsTaken).isEmpty();
        assertThat(deployer.destroyed).isEmpty();
    }
}
