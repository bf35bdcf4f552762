package io.slipway.model.validation.network;

import static io.slipway.model.EnvironmentFixture.assertHasProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.EnvironmentFixture;
import io.slipway.model.loading.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class CidrRuleTest {
    @Test
    void malformedCidrsAreReportedWhereverTheyAre() {
        // GIVEN a bad network CIDR, a public CIDR with host bits set and a GKE pods range with an octet over 255
        var fixture = EnvironmentFixture.gcp()
                .set("network.cidr", "10.0.0.0")
                .set("apiAccess.publicCidrs", "[203.0.113.7/24]")
                .set("gcp.podsCidr", "10.300.0.0/14");
        // WHEN it is loaded
        List<Problem> problems = fixture.problems();
        // THEN each is reported with what is valid
        assertHasProblem(problems, "network.cidr", "'10.0.0.0' is not an IPv4 CIDR; expected a.b.c.d/prefix, e.g. 10.0.0.0/16");
        assertHasProblem(problems, "apiAccess.publicCidrs[0]", "has host bits set; did you mean 203.0.113.0/24?");
        assertHasProblem(problems, "gcp.podsCidr", "'10.300.0.0/14' has an octet above 255");
    }

    @Test
    void theNetworkIsBetweenSlash16AndSlash24() {
        // GIVEN a /12 and a /26 network
        var tooLarge = EnvironmentFixture.aws().set("network.cidr", "10.16.0.0/12");
        var tooSmall = EnvironmentFixture.aws().set("network.cidr", "10.0.0.0/26");
        // WHEN / THEN both are refused; a /24 loads
        tooLarge.assertProblem("network.cidr", "'10.16.0.0/12' is a /12; the network must be between /16 and /24");
        tooSmall.assertProblem("network.cidr", "is a /26");
        assertThat(EnvironmentFixture.aws().set("network.cidr", "10.0.5.0/24").assertValid().spec().network().cidr()).isEqualTo("10.0.5.0/24");
    }

    @Test
    void theGkeControlPlaneRangeIsASlash28() {
        // GIVEN a /27 master range
        var fixture = EnvironmentFixture.gcp().set("gcp.masterCidr", "172.16.0.0/27");
        // WHEN / THEN it is refused
        fixture.assertProblem("gcp.masterCidr", "GKE's control plane range must be a /28");
    }

    @Test
    void leadingZerosAreRefusedSoTheAcceptedTextIsTheNormalizedForm() {
        EnvironmentFixture.aws().set("network.cidr", "010.30.0.0/16").assertProblem("network.cidr", "'010.30.0.0/16' has a leading zero");
        EnvironmentFixture.aws().set("network.cidr", "10.30.0.0/08").assertProblem("network.cidr", "has a leading zero");
        EnvironmentFixture.aws().set("network.cidr", "10.0.0.0/16").assertValid();
    }

    @Test
    void theNetworkCannotBeLoopbackLinkLocalOrMulticast() {
        EnvironmentFixture.aws().set("network.cidr", "127.0.0.0/16").assertProblem("network.cidr", "overlaps the loopback range");
        EnvironmentFixture.aws().set("network.cidr", "169.254.0.0/16").assertProblem("network.cidr", "overlaps the link-local range");
        EnvironmentFixture.aws().set("network.cidr", "224.1.0.0/16").assertProblem("network.cidr", "overlaps the multicast range");
        EnvironmentFixture.gcp().set("gcp.podsCidr", "240.0.0.0/14").assertProblem("gcp.podsCidr", "overlaps the reserved range");
        EnvironmentFixture.aws().set("network.cidr", "100.64.0.0/16").assertValid();
    }
}
