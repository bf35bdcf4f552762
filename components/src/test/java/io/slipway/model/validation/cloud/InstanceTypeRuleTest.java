package io.slipway.model.validation.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.EnvironmentFixture;
import io.slipway.model.loading.LoadedEnvironment;
import org.junit.jupiter.api.Test;

class InstanceTypeRuleTest {
    private static final String TYPES = "slots.blue.nodePools[1].instanceTypes";

    @Test
    void awsTypesMustBeAwsNames() {
        // GIVEN a GCP machine type in an AWS pool
        var fixture = EnvironmentFixture.aws().set(TYPES, "[m6i.2xlarge, e2-standard-8]");
        // WHEN / THEN the entry is refused
        fixture.assertProblem(TYPES + "[1]", "'e2-standard-8' is not an AWS instance type such as m6i.large");
    }

    @Test
    void gcpTypesMustBeMachineTypeNames() {
        // GIVEN an AWS instance type in a GCP pool
        var fixture = EnvironmentFixture.gcp().set("slots.blue.nodePools[0].instanceTypes", "[m5.large]");
        // WHEN / THEN
        fixture.assertProblem("slots.blue.nodePools[0].instanceTypes[0]", "'m5.large' is not a GCP machine type such as e2-standard-4");
    }

    @Test
    void aSpotPoolMixingSizesMoreThanTwofoldGetsAWarning() {
        // GIVEN a GCP spot pool mixing 4 and 16 vCPUs
        var fixture = EnvironmentFixture.gcp().set("slots.blue.nodePools[1].instanceTypes", "[n2-standard-4, n2-standard-16]");
        // WHEN it is loaded
        LoadedEnvironment loaded = fixture.assertValid();
        // THEN it is valid with one warning at the pool's types
        assertThat(loaded.warnings()).singleElement().satisfies(w -> {
            assertThat(w.source()).isEqualTo(EnvironmentFixture.SOURCE);
            assertThat(w.path()).isEqualTo("slots.blue.nodePools[1].instanceTypes");
            assertThat(w.message()).contains("spot pool 'workers' mixes sizes 4.0x apart in vCPU and 4.0x in memory");
        });
    }

    @Test
    void memoryAloneCanTriggerTheWarning() {
        // GIVEN same vCPUs, memory 2 GiB vs 8 GiB per vCPU
        var fixture = EnvironmentFixture.aws().set(TYPES, "[c6i.2xlarge, r6i.2xlarge]");
        // WHEN / THEN a warning, not an error
        assertThat(fixture.assertValid().warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("1.0x apart in vCPU and 4.0x in memory"));
    }

    @Test
    void similarSizesAndOnDemandPoolsGetNoWarning() {
        // GIVEN a spot pool within 2x, and an on-demand pool mixing sizes (only spot is checked)
        var spot = EnvironmentFixture.aws().set(TYPES, "[m6i.2xlarge, c6i.2xlarge, m7g.2xlarge]");
        var onDemand = EnvironmentFixture.aws().set("slots.blue.nodePools[0].instanceTypes", "[m6i.xlarge, m6i.4xlarge]");
        // WHEN / THEN no warnings
        assertThat(spot.assertValid().warnings()).isEmpty();
        assertThat(onDemand.assertValid().warnings()).isEmpty();
    }

    @Test
    void aTypeOutsideTheCatalogIsRefused() {
        // GIVEN a pool with a misspelt type, and one with a type the catalog lists
        var misspelt = EnvironmentFixture.aws().set(TYPES, "[m6i.2xlarge, m6i.2xlarg]");
        var known = EnvironmentFixture.aws().set(TYPES, "[m6i.2xlarge, m6a.2xlarge]");
        // WHEN / THEN the unknown entry is an error that says where to add a type
        misspelt.assertProblem(TYPES + "[1]", "'m6i.2xlarg' is not in Slipway's instance catalog; check the spelling, "
                + "or add the type with its vCPUs and memory to components/src/main/resources/io/slipway/model/instance-types.csv");
        known.assertValid();
    }
}
