package io.slipway.ops.upgrade;

import static io.slipway.ops.TestEnvironments.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.EnvironmentSpec;
import io.slipway.ops.TestEnvironments;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpgradePhaseTest {
    @TempDir
    Path tempDir;

    @Test
    void anUnverifiedSlotIsNeverShiftedSoStatusNeverSuggestsFinish() {
        // GIVEN a started upgrade whose new slot was given all traffic by hand, without verify
        var machine = new UpgradeStateMachine(TestEnvironments.LOCK);
        EnvironmentSpec idle = TestEnvironments.store(TestEnvironments.project(tempDir)).read("dev").spec();
        EnvironmentSpec started = machine.start(idle, "1.35", T0).next();
        String toSlot = started.upgrade().toSlot();
        String fromSlot = started.upgrade().fromSlot();
        EnvironmentSpec handEdited = started.withSlot(toSlot, started.slots().get(toSlot).withWeight(100))
                .withSlot(fromSlot, started.slots().get(fromSlot).withWeight(0));
        // WHEN its phase is derived
        // THEN it is still STARTED (next step: verify), not SHIFTED (next step: finish, deleting the old slot)
        assertThat(UpgradePhase.of(handEdited)).isEqualTo(UpgradePhase.STARTED);
        // AND once verified, the same weights are SHIFTED
        assertThat(UpgradePhase.of(machine.verified(handEdited, T0.plusSeconds(60)))).isEqualTo(UpgradePhase.SHIFTED);
    }
}
