package io.slipway.model.validation.cluster;

import static io.slipway.model.EnvironmentFixture.assertHasProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.EnvironmentFixture;
import io.slipway.model.loading.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpgradeRuleTest {
    private static EnvironmentFixture twoSlots() {
        return EnvironmentFixture.aws().set("slots.blue.weight", "90").set("slots.green", SlotRuleTest.SLOT);
    }

    @Test
    void anUpgradeBetweenTheTwoSlotsLoads() {
        // GIVEN an upgrade from blue to green at green's version, verified
        var fixture = twoSlots().set("upgrade", """
                {fromSlot: blue, toSlot: green, targetVersion: "1.35", startedAt: "2026-05-04T09:30:00Z", verifiedAt: "2026-05-04T12:00:00+02:00"}
                """);
        // WHEN / THEN it loads
        assertThat(fixture.assertValid().spec().upgradeInProgress()).isPresent();
    }

    @Test
    void aMisstatedUpgradeIsRefused() {
        // GIVEN a target version other than green's and a timestamp that is not ISO-8601
        var fixture = twoSlots().set("upgrade", """
                {fromSlot: blue, toSlot: green, targetVersion: "1.36", startedAt: "yesterday"}
                """);
        // WHEN it is loaded
        List<Problem> problems = fixture.problems();
        // THEN both are reported
        assertHasProblem(problems, "upgrade.targetVersion", "'1.36' differs from slots.green.kubernetesVersion '1.35'");
        assertHasProblem(problems, "upgrade.startedAt", "'yesterday' is not an ISO-8601 timestamp");
    }

    @Test
    void slotsMustBeBlueOrGreenDifferentAndExisting() {
        // GIVEN an upgrade from blue to blue, and one to green that does not exist, and one to red
        var same = EnvironmentFixture.aws().set("upgrade", "{fromSlot: blue, toSlot: blue, targetVersion: '1.34', startedAt: '2026-05-04T09:30:00Z'}");
        var absent = EnvironmentFixture.aws().set("upgrade", "{fromSlot: blue, toSlot: green, targetVersion: '1.35', startedAt: '2026-05-04T09:30:00Z'}");
        var unknown = EnvironmentFixture.aws().set("upgrade", "{fromSlot: red, toSlot: blue, targetVersion: '1.34', startedAt: '2026-05-04T09:30:00Z'}");
        // WHEN / THEN
        same.assertProblem("upgrade.toSlot", "toSlot equals fromSlot 'blue'");
        absent.assertProblem("upgrade.toSlot", "slot 'green' does not exist under slots");
        unknown.assertProblem("upgrade.fromSlot", "'red' is not a slot name; valid: blue, green");
    }
}
