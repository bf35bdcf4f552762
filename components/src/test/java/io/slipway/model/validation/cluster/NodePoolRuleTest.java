package io.slipway.model.validation.cluster;

import static io.slipway.model.EnvironmentFixture.assertHasProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.EnvironmentFixture;
import io.slipway.model.loading.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodePoolRuleTest {
    private static final String POOL = "slots.blue.nodePools[1]";

    @Test
    void minAboveMaxIsRefused() {
        // GIVEN min 10 and max 5
        var fixture = EnvironmentFixture.aws().set(POOL + ".min", "10").set(POOL + ".max", "5").set(POOL + ".desired", "5");
        // WHEN / THEN
        fixture.assertProblem(POOL + ".min", "min 10 is greater than max 5");
    }

    @Test
    void desiredOutsideMinMaxAndMaxZeroAndNegativeMinAreRefused() {
        // GIVEN desired above max in one pool, max 0 and min -1 in the other
        var fixture = EnvironmentFixture.aws()
                .set(POOL + ".desired", "31")
                .set("slots.blue.nodePools[0].max", "0")
                .set("slots.blue.nodePools[0].min", "-1");
        // WHEN it is loaded
        List<Problem> problems = fixture.problems();
        // THEN each is reported
        assertHasProblem(problems, POOL + ".desired", "desired 31 is outside [min, max] = [3, 30]");
        assertHasProblem(problems, "slots.blue.nodePools[0].max", "out of range: the number 0 is outside 1..1000");
        assertHasProblem(problems, "slots.blue.nodePools[0].min", "out of range: the number -1 is outside 0..1000");
    }

    @Test
    void namesAreUniqueDnsLabels() {
        // GIVEN a pool name with upper case and a second pool named like the first
        var fixture = EnvironmentFixture.aws().set("slots.blue.nodePools[0].name", "System_Pool").set(POOL + ".name", "System_Pool");
        // WHEN it is loaded
        List<Problem> problems = fixture.problems();
        // THEN both are reported
        assertHasProblem(problems, "slots.blue.nodePools[0].name", "pool name 'System_Pool' is not a DNS label");
        assertHasProblem(problems, POOL + ".name", "pool name 'System_Pool' is used twice in this slot");
    }

    @Test
    void aPoolNeedsAtLeastOneInstanceTypeWithoutDuplicates() {
        // GIVEN an empty type list and a duplicated type
        var empty = EnvironmentFixture.aws().set(POOL + ".instanceTypes", "[]");
        var twice = EnvironmentFixture.aws().set(POOL + ".instanceTypes", "[m6i.2xlarge, m6i.2xlarge]");
        // WHEN / THEN
        empty.assertProblem(POOL + ".instanceTypes", "no instance type; list at least one");
        twice.assertProblem(POOL + ".instanceTypes[1]", "'m6i.2xlarge' is listed twice");
    }

    @Test
    void diskSizeIsBetween20GiBAnd16TiB() {
        // GIVEN a 10 GiB disk; and a 20 GiB one
        var small = EnvironmentFixture.aws().set(POOL + ".diskSizeGb", "10");
        var fine = EnvironmentFixture.aws().set(POOL + ".diskSizeGb", "20");
        // WHEN / THEN
        small.assertProblem(POOL + ".diskSizeGb", "out of range: the number 10 is outside 20..16384; expected a whole number from 20 to 16384");
        assertThat(fine.assertValid().spec().slots().get("blue").nodePools().get(1).diskSizeGb()).isEqualTo(20);
    }

    @Test
    void anEksPoolHoldsAtMost450Nodes() {
        // GIVEN 451 nodes on EKS, 450, and 451 on GKE (which allows 1000 per pool and zone)
        EnvironmentFixture.aws().set("slots.blue.nodePools[1].max", "451")
                .assertProblem("slots.blue.nodePools[1].max", "max 451 is more than an EKS managed node group holds (450)");
        EnvironmentFixture.aws().set("slots.blue.nodePools[1].max", "450").assertValid();
        EnvironmentFixture.gcp().set("slots.blue.nodePools[0].max", "451").assertValid();
    }
}
