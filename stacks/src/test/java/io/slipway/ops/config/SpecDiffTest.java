package io.slipway.ops.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.EnvironmentSpec;
import io.slipway.ops.TestEnvironments;
import io.slipway.ops.upgrade.UpgradeStateMachine;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecDiffTest {
    @TempDir
    Path tempDir;

    @Test
    void eachUpgradeStepIsShownAsTheKeyPathsItChanges() {
        // GIVEN dev and the specs of an upgrade
        EnvironmentSpec idle = TestEnvironments.store(TestEnvironments.project(tempDir)).read("dev").spec();
        UpgradeStateMachine machine = new UpgradeStateMachine(TestEnvironments.LOCK);
        EnvironmentSpec started = machine.start(idle, "1.35", TestEnvironments.T0).next();
        EnvironmentSpec verified = machine.verified(started, TestEnvironments.T0);
        EnvironmentSpec shifted = machine.shift(verified, 100, TestEnvironments.T0);
        EnvironmentSpec finished = machine.finish(shifted, TestEnvironments.T0.plus(Duration.ofHours(1)), Duration.ofMinutes(30));

        // WHEN/THEN start shows green as a copy of blue with its two differences, plus the upgrade block
        assertThat(SpecDiff.lines(idle, started)).containsExactly(
                "+ slots.green: copy of slots.blue, with",
                "    ~ slots.green.kubernetesVersion: 1.34 -> 1.35",
                "    ~ slots.green.weight: 100 -> 0",
                "+ upgrade.fromSlot: blue",
                "+ upgrade.toSlot: green",
                "+ upgrade.targetVersion: 1.35",
                "+ upgrade.startedAt: 2026-11-21T05:00:00Z");
        // AND a shift shows the weights and the soak start, finish the removals
        assertThat(SpecDiff.lines(verified, shifted)).containsExactly(
                "~ slots.blue.weight: 100 -> 0",
                "~ slots.green.weight: 0 -> 100",
                "+ upgrade.fullTrafficSince: 2026-11-21T05:00:00Z");
        assertThat(SpecDiff.lines(shifted, finished)).containsExactly("- slots.blue", "- upgrade");
        assertThat(SpecDiff.lines(idle, idle)).isEmpty();
    }
}
