package io.slipway.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.EnvironmentFixture;
import org.junit.jupiter.api.Test;

class NetworkRuleTest {
    @Test
    void zonesAreOneToSix() {
        // GIVEN 0 and 7 zones
        // WHEN / THEN both are refused, and 1 loads
        EnvironmentFixture.aws().set("network.zones", "0").assertProblem("network.zones", "0 zones is outside 1..6");
        EnvironmentFixture.aws().set("network.zones", "7").assertProblem("network.zones", "7 zones is outside 1..6");
        assertThat(EnvironmentFixture.aws().set("network.zones", "1").assertValid().spec().network().zones()).isEqualTo(1);
    }
}
