package io.slipway.model.validation.network;

import static io.slipway.model.EnvironmentFixture.assertHasProblem;

import io.slipway.model.EnvironmentFixture;
import io.slipway.model.loading.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class CidrOverlapRuleTest {
    @Test
    void gcpRangesMustBeDisjointPairwise() {
        // GIVEN pods inside the node network and the master range inside the services range
        var fixture = EnvironmentFixture.gcp()
                .set("network.cidr", "10.64.0.0/20")
                .set("gcp.servicesCidr", "172.16.0.0/20");
        // WHEN it is loaded
        List<Problem> problems = fixture.problems();
        // THEN each overlap names both ranges
        assertHasProblem(problems, "gcp.podsCidr", "'10.64.0.0/14' overlaps network.cidr '10.64.0.0/20'");
        assertHasProblem(problems, "gcp.masterCidr", "'172.16.0.0/28' overlaps gcp.servicesCidr '172.16.0.0/20'");
    }

    @Test
    void disjointRangesLoad() {
        // GIVEN the defaults next to a 10.10.0.0/20 network, and explicit disjoint ranges
        var fixture = EnvironmentFixture.gcp()
                .set("gcp.podsCidr", "10.128.0.0/14")
                .set("gcp.servicesCidr", "10.132.0.0/20")
                .set("gcp.masterCidr", "192.168.0.16/28");
        // WHEN / THEN they load
        fixture.assertValid();
        EnvironmentFixture.gcp().assertValid();
    }
}
