package io.slipway.model.validation.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.EnvironmentFixture;
import org.junit.jupiter.api.Test;

class ApiAccessRuleTest {
    @Test
    void theInternetNeedsAllowInternet() {
        // GIVEN 0.0.0.0/0 among the public CIDRs without allowInternet
        var fixture = EnvironmentFixture.aws().set("apiAccess.publicCidrs", "[203.0.113.0/24, 0.0.0.0/0]");
        // WHEN / THEN it is refused, and the range it swallows is redundant
        fixture.assertProblem("apiAccess.publicCidrs", "open the Kubernetes API to the whole internet (as 0.0.0.0/0 does); list "
                + "your networks instead, or set apiAccess.allowInternet: true to mean it");
        fixture.assertProblem("apiAccess.publicCidrs[0]", "'203.0.113.0/24' is already covered by apiAccess.publicCidrs[1] '0.0.0.0/0'");
    }

    @Test
    void theInternetWithAllowInternetLoads() {
        // GIVEN 0.0.0.0/0 with an explicit allowInternet
        var fixture = EnvironmentFixture.aws().set("apiAccess", "{publicCidrs: [0.0.0.0/0], allowInternet: true}");
        // WHEN / THEN it loads, the public endpoint on
        assertThat(fixture.assertValid().spec().apiAccess().publicEndpoint()).isTrue();
    }

    @Test
    void theInternetIsSeenHoweverItIsWritten() {
        // GIVEN the internet as two halves, and most of it as a /2 plus a /3
        var halves = EnvironmentFixture.aws().set("apiAccess.publicCidrs", "[0.0.0.0/1, 128.0.0.0/1]");
        var large = EnvironmentFixture.aws().set("apiAccess.publicCidrs", "[64.0.0.0/2, 160.0.0.0/3]");
        // WHEN / THEN both need allowInternet, and pass with it
        halves.assertProblem("apiAccess.publicCidrs", "these ranges open the Kubernetes API to the whole internet");
        large.assertProblem("apiAccess.publicCidrs", "more than a /8 of the internet");
        halves.set("apiAccess.allowInternet", "true").assertValid();
    }

    @Test
    void aZeroPrefixWrittenWithALeadingZeroIsNotAWayAround() {
        EnvironmentFixture.aws().set("apiAccess.publicCidrs", "[0.0.0.0/00]")
                .assertProblem("apiAccess.publicCidrs[0]", "'0.0.0.0/00' has a leading zero");
    }

    @Test
    void privateAndSpecialRangesAreRefusedOnThePublicEndpoint() {
        // GIVEN an RFC 1918 range, a loopback address and a public range
        var fixture = EnvironmentFixture.aws().set("apiAccess.publicCidrs", "[10.1.0.0/16, 127.0.0.1/32, 198.51.100.0/24]");
        // WHEN
        var problems = fixture.problems();
        // THEN the two special ones, each at its entry
        EnvironmentFixture.assertHasProblem(problems, "apiAccess.publicCidrs[0]", "'10.1.0.0/16' is a private range (RFC 1918); "
                + "no request from it reaches a public endpoint");
        EnvironmentFixture.assertHasProblem(problems, "apiAccess.publicCidrs[1]", "the loopback range");
        assertThat(problems).hasSize(2);
    }

    @Test
    void aRangeInsideAnotherIsRedundant() {
        EnvironmentFixture.aws().set("apiAccess.publicCidrs", "[198.51.100.0/24, 198.51.100.128/25]")
                .assertProblem("apiAccess.publicCidrs[1]", "is already covered by apiAccess.publicCidrs[0] '198.51.100.0/24'");
    }

    @Test
    void eachCloudCapsTheNumberOfRanges() {
        // GIVEN 41 ranges on EKS (limit 40) and 40 ranges
        var many = EnvironmentFixture.aws().set("apiAccess.publicCidrs", ranges(41));
        var most = EnvironmentFixture.aws().set("apiAccess.publicCidrs", ranges(40));
        // WHEN / THEN
        many.assertProblem("apiAccess.publicCidrs", "41 ranges; EKS takes at most 40");
        most.assertValid();
        EnvironmentFixture.gcp().set("apiAccess.publicCidrs", ranges(101)).assertProblem("apiAccess.publicCidrs", "GKE takes at most 100");
    }

    private static String ranges(int count) {
        StringBuilder list = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            list.append(i == 0 ? "" : ", ").append("198.51.").append(i).append(".0/24");
        }
        return list.append("]").toString();
    }
}
