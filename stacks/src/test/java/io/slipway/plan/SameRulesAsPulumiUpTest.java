package io.slipway.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.offline.CloudMocks;
import io.slipway.offline.MockWorld;
import io.slipway.offline.OfflineEngine;
import io.slipway.offline.RegisteredResource;
import io.slipway.platform.PulumiEntryPoint;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What {@code pulumi up} runs refuses an invalid environment the way the plan does: each problem, nothing registered. */
class SameRulesAsPulumiUpTest {
    private static final CloudMocks MOCKS = new CloudMocks(new MockWorld("eu-west-1", MockWorld.EXAMPLE_AWS_ACCOUNT, ""));

    @Test
    void invalidEnvironmentIsLoggedProblemByProblemAndRegistersNothing() {
        // GIVEN stack config whose environment has an unknown cloud
        var config = Map.of("slipway:environment", """
                {"cloud":"azure","tier":"dev","region":"westeurope","domain":"dev.example.com","slots":{}}""");

        // WHEN the Pulumi entry point runs on it
        var result = OfflineEngine.run("dev", MOCKS, config, Set.of(), PulumiEntryPoint::program);

        // THEN the problems are logged as errors naming the stack file, with no stack trace, and only the stack exists
        assertThat(result.errors()).isNotEmpty();
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).contains("environments/Pulumi.dev.yaml").contains("azure"));
        assertThat(result.errors()).last().asString().contains("nothing was registered");
        assertThat(result.errors()).noneSatisfy(e -> assertThat(e).contains("\tat "));
        assertThat(result.resources()).extracting(RegisteredResource::type).containsExactly("pulumi:pulumi:Stack");
    }

    @Test
    void missingEnvironmentConfigIsOneClearError() {
        // GIVEN a stack without the environment in its config WHEN the entry point runs
        var result = OfflineEngine.run("qa", MOCKS, Map.of(), Set.of(), PulumiEntryPoint::program);

        // THEN the error says which key is missing, and nothing is registered
        assertThat(result.errors()).singleElement().asString()
                .contains("environments/Pulumi.qa.yaml").contains("slipway:environment").contains("missing");
        assertThat(result.resources()).extracting(RegisteredResource::type).containsExactly("pulumi:pulumi:Stack");
    }
}
