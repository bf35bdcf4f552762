package io.slipway.model.validation.cluster;

import static io.slipway.model.EnvironmentFixture.assertHasProblem;

import io.slipway.model.EnvironmentFixture;
import org.junit.jupiter.api.Test;

class UpgradeOrderRuleTest {
    private static EnvironmentFixture greenAt(int weight, String upgradeTimes) {
        return EnvironmentFixture.aws().set("slots.blue.weight", String.valueOf(100 - weight)).set("slots.green", SlotRuleTest.SLOT)
                .set("slots.green.weight", String.valueOf(weight))
                .set("upgrade", "{fromSlot: blue, toSlot: green, targetVersion: \"1.35\", " + upgradeTimes + "}");
    }

    @Test
    void anUnverifiedSlotCannotCarryTraffic() {
        // GIVEN green at weight 10 without verifiedAt; and at weight 0 without it
        var shifted = greenAt(10, "startedAt: \"2026-05-04T09:30:00Z\"");
        var waiting = greenAt(0, "startedAt: \"2026-05-04T09:30:00Z\"");
        // WHEN / THEN
        shifted.assertProblem("slots.green.weight", "weight 10 on slot green, which has not passed verify");
        waiting.assertValid();
    }

    @Test
    void verifyComesAfterTheStartAndFullTrafficAfterVerify() {
        // GIVEN verifiedAt before startedAt, and fullTrafficSince before verifiedAt
        var fixture = greenAt(100, "startedAt: \"2026-05-04T09:30:00Z\", verifiedAt: \"2026-05-04T09:00:00Z\", "
                + "fullTrafficSince: \"2026-05-04T08:00:00Z\"");
        // WHEN
        var problems = fixture.problems();
        // THEN
        assertHasProblem(problems, "upgrade.verifiedAt", "2026-05-04T09:00:00Z is before upgrade.startedAt 2026-05-04T09:30:00Z");
        assertHasProblem(problems, "upgrade.fullTrafficSince", "is before upgrade.verifiedAt");
        greenAt(100, "startedAt: \"2026-05-04T09:30:00Z\", verifiedAt: \"2026-05-04T10:00:00Z\", "
                + "fullTrafficSince: \"2026-05-04T11:00:00Z\"").assertValid();
    }

    @Test
    void fullTrafficWithoutVerifyIsRefused() {
        greenAt(0, "startedAt: \"2026-05-04T09:30:00Z\", fullTrafficSince: \"2026-05-04T11:00:00Z\"")
                .assertProblem("upgrade.fullTrafficSince", "set, but upgrade.verifiedAt is not");
    }
}
