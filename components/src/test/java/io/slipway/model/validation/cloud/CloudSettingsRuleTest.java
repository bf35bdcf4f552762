package io.slipway.model.validation.cloud;

import static io.slipway.model.EnvironmentFixture.assertHasProblem;

import io.slipway.model.EnvironmentFixture;
import io.slipway.model.loading.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloudSettingsRuleTest {
    @Test
    void awsNeedsItsSubObjectAndRefusesGcps() {
        // GIVEN an aws environment without 'aws' but with 'gcp'
        var fixture = EnvironmentFixture.aws().remove("aws").set("gcp", "{project: acme-platform-dev}");
        // WHEN it is loaded
        List<Problem> problems = fixture.problems();
        // THEN both are reported
        assertHasProblem(problems, "aws", "missing required key 'aws' for cloud: aws");
        assertHasProblem(problems, "gcp", "'gcp' settings in an aws environment; remove them or set cloud: gcp");
    }

    @Test
    void gcpNeedsItsSubObjectAndRefusesAwss() {
        // GIVEN a gcp environment without 'gcp' but with 'aws'
        var fixture = EnvironmentFixture.gcp().remove("gcp").set("aws", "{}");
        // WHEN it is loaded
        List<Problem> problems = fixture.problems();
        // THEN both are reported
        assertHasProblem(problems, "gcp", "missing required key 'gcp' for cloud: gcp");
        assertHasProblem(problems, "aws", "'aws' settings in a gcp environment");
    }

    @Test
    void anEmptyAwsObjectIsEnough() {
        // GIVEN aws: {} (no admin roles, a new VPC)
        // WHEN / THEN it loads
        EnvironmentFixture.aws().set("aws", "{}").assertValid();
    }
}
