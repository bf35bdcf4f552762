package io.slipway.model.validation.cluster;

import static io.slipway.model.EnvironmentFixture.assertHasProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.EnvironmentFixture;
import io.slipway.model.loading.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotRuleTest {
    static final String SLOT = """
            {kubernetesVersion: "1.35", weight: 10, nodePools: [{name: system, system: true, instanceTypes: [m6i.xlarge], min: 3, max: 6}]}
            """;

    @Test
    void blueAndGreenWithWeightsSummingTo100Load() {
        // GIVEN blue at 90 and green at 10
        var fixture = EnvironmentFixture.aws().set("slots.blue.weight", "90").set("slots.green", SLOT);
        // WHEN / THEN it loads with both slots
        assertThat(fixture.assertValid().spec().slots()).containsOnlyKeys("blue", "green");
    }

    @Test
    void weightsNotSummingTo100AreRefused() {
        // GIVEN blue at 100 and green at 10
        var fixture = EnvironmentFixture.aws().set("slots.green", SLOT);
        // WHEN / THEN the sum is reported at slots
        fixture.assertProblem("slots", "slot weights sum to 110; they must sum to 100");
    }

    @Test
    void moreThanTwoSlotsOtherNamesAndWeightsOutOfRangeAreRefused() {
        // GIVEN a third slot named red, and weights 120 and -20
        var fixture = EnvironmentFixture.aws()
                .set("slots.blue.weight", "90")
                .set("slots.green", SLOT)
                .set("slots.red", SLOT.replace("weight: 10", "weight: 0"));
        var outOfRange = EnvironmentFixture.aws().set("slots.blue.weight", "120").set("slots.green", SLOT.replace("weight: 10", "weight: -20"));
        // WHEN they are loaded
        List<Problem> problems = fixture.problems();
        List<Problem> weights = outOfRange.problems();
        // THEN each is reported
        assertHasProblem(problems, "slots", "3 slots [blue, green, red]; an environment has at most two, blue and green");
        assertHasProblem(problems, "slots.red", "slot name 'red' is not valid; valid: blue, green");
        assertHasProblem(weights, "slots.blue.weight", "out of range: the number 120 is outside 0..100");
        assertHasProblem(weights, "slots.green.weight", "out of range: the number -20 is outside 0..100");
    }

    @Test
    void anEmptySlotMapIsRefused() {
        // GIVEN slots: {}
        var fixture = EnvironmentFixture.aws().set("slots", "{}");
        // WHEN / THEN
        fixture.assertProblem("slots", "no cluster slot");
    }
}
