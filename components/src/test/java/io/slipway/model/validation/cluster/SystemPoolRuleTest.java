package io.slipway.model.validation.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.EnvironmentFixture;
import org.junit.jupiter.api.Test;

class SystemPoolRuleTest {
    @Test
    void everySlotNeedsASystemPool() {
        // GIVEN a slot whose pools are all workers
        var fixture = EnvironmentFixture.aws().set("slots.blue.nodePools[0].system", "false");
        // WHEN / THEN it is refused at the slot's pool list
        fixture.assertProblem("slots.blue.nodePools", "no system pool; mark one pool 'system: true'");
    }

    @Test
    void aSpotSystemPoolIsRefusedInProdAndStaging() {
        // GIVEN a spot system pool in prod and in staging
        var prod = EnvironmentFixture.aws().set("slots.blue.nodePools[0].capacity", "spot");
        var staging = EnvironmentFixture.aws().set("tier", "staging").set("slots.blue.nodePools[0].capacity", "spot");
        // WHEN / THEN both are refused at the pool's capacity
        prod.assertProblem("slots.blue.nodePools[0].capacity", "the system pool 'system' is on spot in a prod environment; use capacity: onDemand");
        staging.assertProblem("slots.blue.nodePools[0].capacity", "in a staging environment");
    }

    @Test
    void aSpotSystemPoolIsFineInDev() {
        // GIVEN a spot system pool in dev
        var fixture = EnvironmentFixture.aws().set("tier", "dev").set("slots.blue.nodePools[0].capacity", "spot");
        // WHEN / THEN it loads
        assertThat(fixture.assertValid().spec().slots().get("blue").nodePools().get(0).isSpot()).isTrue();
    }
}
