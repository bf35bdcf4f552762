package io.slipway.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.EnvironmentFixture;
import org.junit.jupiter.api.Test;

class ApiAccessRuleTest {
    @Test
    void theInternetNeedsAllowInternet() {
        // GIVEN 0.0.0.0/0 among the public CIDRs without allowInternet
        var fixture = EnvironmentFixture.aws().set("apiAccess.publicCidrs", "[203.0.113.0/24, 0.0.0.0/0]");
        // WHEN / THEN it is refused at that entry
        fixture.assertProblem("apiAccess.publicCidrs[1]", "set apiAccess.allowInternet: true to mean it");
    }

    @Test
    void theInternetWithAllowInternetLoads() {
        // GIVEN 0.0.0.0/0 with an explicit allowInternet
        var fixture = EnvironmentFixture.aws().set("apiAccess", "{publicCidrs: [0.0.0.0/0], allowInternet: true}");
        // WHEN / THEN it loads, the public endpoint on
        assertThat(fixture.assertValid().spec().apiAccess().publicEndpoint()).isTrue();
    }
}
