package io.slipway.ops.upgrade;

import static io.slipway.ops.TestEnvironments.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.SlotSpec;
import io.slipway.model.UpgradeSpec;
import io.slipway.ops.RefusedException;
import io.slipway.ops.TestEnvironments;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UpgradeStateMachineTest {
    private static final Duration SOAK = Duration.ofMinutes(30);

    @TempDir
    Path tempDir;

    private final UpgradeStateMachine machine = new UpgradeStateMachine(TestEnvironments.LOCK);
    private EnvironmentSpec idle;

    @BeforeEach
    void loadDev() {
        idle = TestEnvironments.store(TestEnvironments.project(tempDir)).read("dev").spec();
    }

    private EnvironmentSpec started() {
        return machine.start(idle, "1.35", T0).next();
    }

    private EnvironmentSpec verified() {
        return machine.verified(started(), T0.plusSeconds(60));
    }

    private EnvironmentSpec shifting() {
        return machine.shift(verified(), 50, T0.plusSeconds(120));
    }

    private EnvironmentSpec shifted() {
        return machine.shift(shifting(), 100, T0.plusSeconds(180));
    }

    @Test
    void phasesAreDerivedFromTheConfig() {
        // GIVEN/WHEN the specs of each step  THEN the phase follows from slots and upgrade block alone
        assertThat(UpgradePhase.of(idle)).isEqualTo(UpgradePhase.IDLE);
        assertThat(UpgradePhase.of(started())).isEqualTo(UpgradePhase.STARTED);
        assertThat(UpgradePhase.of(verified())).isEqualTo(UpgradePhase.VERIFIED);
        assertThat(UpgradePhase.of(shifting())).isEqualTo(UpgradePhase.SHIFTING);
        assertThat(UpgradePhase.of(shifted())).isEqualTo(UpgradePhase.SHIFTED);
    }

    @Test
    void startAddsTheIdleSlotAsACopyOfTheLiveOneAtWeightZero() {
        // GIVEN dev with blue live at 1.34  WHEN starting an upgrade to 1.35
        UpgradeStateMachine.Start start = machine.start(idle, "1.35", T0);

        // THEN green is blue's node pools at 1.35 and weight 0, and the upgrade block records it
        SlotSpec blue = idle.slots().get("blue");
        SlotSpec green = start.next().slots().get("green");
        assertThat(green.kubernetesVersion()).isEqualTo("1.35");
        assertThat(green.weight()).isZero();
        assertThat(green.nodePools()).isEqualTo(blue.nodePools());
        assertThat(start.next().slots().get("blue")).isEqualTo(blue);
        assertThat(start.next().upgrade()).isEqualTo(new UpgradeSpec("blue", "green", "1.35", "2026-11-21T05:00:00Z", null, null));
        assertThat(start.warnings()).isEmpty();
    }

    @Test
    void startAgainWithTheSameVersionIsANoOp() {
        // GIVEN a started upgrade  WHEN starting it again with the same version  THEN nothing changes
        EnvironmentSpec started = started();
        assertThat(machine.start(started, "1.35", T0.plusSeconds(999)).next()).isEqualTo(started);
    }

    @Test
    void startRefusesASecondUpgrade() {
        // GIVEN a started upgrade to 1.35  WHEN starting one to 1.36  THEN refused, naming the running one
        assertThatThrownBy(() -> machine.start(started(), "1.36", T0))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("already runs").hasMessageContaining("1.35");
    }

    @ParameterizedTest
    @ValueSource(strings = {"banana", "1", "v1.35", "1.35.x", ""})
    void startRefusesMalformedVersions(String version) {
        // GIVEN/WHEN a version that is not MAJOR.MINOR or a GKE exact version  THEN refused with the valid forms
        assertThatThrownBy(() -> machine.start(idle, version, T0))
                .isInstanceOf(RefusedException.class).hasMessageContaining("MAJOR.MINOR");
    }

    @Test
    void startRefusesAMinorTheAddonLockDoesNotSupport() {
        // GIVEN a lock supporting 1.33 to 1.37  WHEN starting to 1.38  THEN refused, quoting the lock's range
        assertThatThrownBy(() -> machine.start(idle, "1.38", T0))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("1.38").hasMessageContaining("1.33 to 1.37");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.34", "1.33"})
    void startRefusesAVersionThatIsNotNewer(String version) {
        // GIVEN blue at 1.34  WHEN starting to the same or an older minor  THEN refused
        assertThatThrownBy(() -> machine.start(idle, version, T0))
                .isInstanceOf(RefusedException.class).hasMessageContaining("not newer");
    }

    @Test
    void startWarnsOnAJumpOfMoreThanTwoMinors() {
        // GIVEN blue at 1.34  WHEN starting to 1.37 (three minors) and to 1.36 (two)  THEN only the first warns
        assertThat(machine.start(idle, "1.37", T0).warnings()).singleElement().asString().contains("3 minors");
        assertThat(machine.start(idle, "1.36", T0).warnings()).isEmpty();
    }

    @Test
    void startRefusesTwoSlotsWithoutAnUpgradeBlock() {
        // GIVEN both slots present but no upgrade block (a hand edit)  WHEN starting  THEN refused
        EnvironmentSpec twoSlots = started().withUpgrade(null);
        assertThatThrownBy(() -> machine.start(twoSlots, "1.36", T0))
                .isInstanceOf(RefusedException.class).hasMessageContaining("exactly one slot");
    }

    @Test
    void verifyRecordsTheFirstPassOnly() {
        // GIVEN a started upgrade  WHEN verified twice  THEN verifiedAt is the first time
        EnvironmentSpec once = machine.verified(started(), T0.plusSeconds(60));
        EnvironmentSpec twice = machine.verified(once, T0.plusSeconds(600));
        assertThat(once.upgrade().verifiedAt()).isEqualTo("2026-11-21T05:01:00Z");
        assertThat(twice).isEqualTo(once);
    }

    @Test
    void everyStepButStartRefusesWhenNoUpgradeRuns() {
        // GIVEN an idle environment  WHEN verify, shift, finish or rollback  THEN each is refused
        assertThatThrownBy(() -> machine.verified(idle, T0)).isInstanceOf(RefusedException.class).hasMessageContaining("no upgrade runs");
        assertThatThrownBy(() -> machine.shift(idle, 10, T0)).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> machine.finish(idle, T0, SOAK)).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> machine.rollbackTraffic(idle, T0)).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> machine.rollbackRemoval(idle)).isInstanceOf(RefusedException.class);
    }

    @Test
    void shiftRefusesASlotThatHasNotPassedVerify() {
        // GIVEN a started, unverified upgrade  WHEN shifting  THEN refused, pointing at verify
        assertThatThrownBy(() -> machine.shift(started(), 10, T0))
                .isInstanceOf(RefusedException.class).hasMessageContaining("has not passed verify");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void shiftRefusesWeightsOutsideZeroToHundred(int weight) {
        assertThatThrownBy(() -> machine.shift(verified(), weight, T0))
                .isInstanceOf(RefusedException.class).hasMessageContaining("outside 0-100");
    }

    @Test
    void shiftMovesWeightsAndRecordsFullTrafficAtHundred() {
        // GIVEN a verified upgrade  WHEN shifting to 50 then 100
        EnvironmentSpec half = machine.shift(verified(), 50, T0.plusSeconds(120));
        EnvironmentSpec full = machine.shift(half, 100, T0.plusSeconds(180));

        // THEN weights always sum to 100 and fullTrafficSince is set only at 100
        assertThat(half.slots().get("green").weight()).isEqualTo(50);
        assertThat(half.slots().get("blue").weight()).isEqualTo(50);
        assertThat(half.upgrade().fullTrafficSince()).isNull();
        assertThat(full.slots().get("green").weight()).isEqualTo(100);
        assertThat(full.slots().get("blue").weight()).isZero();
        assertThat(full.upgrade().fullTrafficSince()).isEqualTo("2026-11-21T05:03:00Z");
    }

    @Test
    void shiftingToHundredAgainKeepsTheSoakStartAndShiftingBackClearsIt() {
        // GIVEN green at 100  WHEN shifted to 100 again, or back to 50
        EnvironmentSpec again = machine.shift(shifted(), 100, T0.plusSeconds(9999));
        EnvironmentSpec back = machine.shift(shifted(), 50, T0.plusSeconds(9999));

        // THEN the soak start stays, or is cleared so finish waits for a new full soak
        assertThat(again).isEqualTo(shifted());
        assertThat(back.upgrade().fullTrafficSince()).isNull();
    }

    @Test
    void finishRefusesBeforeTheNewSlotCarriesAllTraffic() {
        assertThatThrownBy(() -> machine.finish(shifting(), T0.plus(Duration.ofDays(1)), SOAK))
                .isInstanceOf(RefusedException.class).hasMessageContaining("carries 50%");
        assertThatThrownBy(() -> machine.finish(verified(), T0.plus(Duration.ofDays(1)), SOAK))
                .isInstanceOf(RefusedException.class).hasMessageContaining("carries 0%");
    }

    @Test
    void finishRefusesBeforeTheSoakPeriodEnds() {
        // GIVEN green at 100 since 05:03  WHEN finishing at 05:23 with a 30m soak  THEN refused, saying how long is left
        assertThatThrownBy(() -> machine.finish(shifted(), at("2026-11-21T05:23:00Z"), SOAK))
                .isInstanceOf(RefusedException.class).hasMessageContaining("20m").hasMessageContaining("again in 10m");
    }

    @Test
    void finishRemovesTheOldSlotAndTheUpgradeBlockAfterTheSoak() {
        // GIVEN green at 100 since 05:03  WHEN finishing at 05:33
        EnvironmentSpec done = machine.finish(shifted(), at("2026-11-21T05:33:00Z"), SOAK);

        // THEN only green remains, with all traffic, and no upgrade block
        assertThat(done.slots().keySet()).containsExactly("green");
        assertThat(done.slots().get("green").weight()).isEqualTo(100);
        assertThat(done.slots().get("green").kubernetesVersion()).isEqualTo("1.35");
        assertThat(done.upgrade()).isNull();
        assertThat(UpgradePhase.of(done)).isEqualTo(UpgradePhase.IDLE);
    }

    @Test
    void finishNeverRemovesTheLastLiveSlot() {
        // GIVEN an upgrade block naming a new slot the config no longer has
        EnvironmentSpec broken = shifted().withoutSlot("green").withSlot("blue", idle.slots().get("blue"));

        // WHEN finishing  THEN refused: blue would be the last slot
        assertThatThrownBy(() -> machine.finish(broken, T0.plus(Duration.ofDays(1)), SOAK))
                .isInstanceOf(RefusedException.class).hasMessageContaining("fix the config by hand");
    }

    @Test
    void rollbackFromEveryPhaseEndsWithTheOldSlotAlone() {
        for (EnvironmentSpec phase : new EnvironmentSpec[] {started(), verified(), shifting(), shifted()}) {
            // GIVEN an upgrade in some phase  WHEN rolling back traffic, then removing the new slot
            EnvironmentSpec traffic = machine.rollbackTraffic(phase, T0);
            EnvironmentSpec removed = machine.rollbackRemoval(traffic);

            // THEN the first step puts all traffic on blue, the second leaves blue alone as before the upgrade
            assertThat(traffic.slots().get("blue").weight()).isEqualTo(100);
            assertThat(traffic.slots().get("green").weight()).isZero();
            assertThat(removed).isEqualTo(idle);
        }
    }

    @Test
    void rollbackRemovalRefusesWhileTheNewSlotStillCarriesTraffic() {
        // GIVEN green at 50%  WHEN removing it without moving traffic back first  THEN refused
        assertThatThrownBy(() -> machine.rollbackRemoval(shifting()))
                .isInstanceOf(RefusedException.class).hasMessageContaining("would drop live traffic");
    }

    private static java.time.Instant at(String text) {
        return java.time.Instant.parse(text);
    }
}
