package io.slipway.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.model.loading.InvalidEnvironmentException;
import io.slipway.offline.RegisteredResource;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflinePlannerTest {
    @TempDir
    Path environments;

    @Test
    void plansTheProgramWithTheStackConfigPulumiWouldGive() {
        // GIVEN the dev environment and a program that reads the stack config like the real one may
        Path file = TestEnvironments.copyOfDev(environments, "dev");
        var environmentConfig = new AtomicReference<String>();
        var planner = new OfflinePlanner((ctx, spec) -> {
            environmentConfig.set(ctx.config("slipway").require("environment"));
            TinyPlatform.define(ctx, spec);
        });

        // WHEN it is planned
        Plan plan = planner.plan("dev", file);

        // THEN the program saw the environment as JSON and registered its graph, secrets masked
        assertThat(environmentConfig.get()).startsWith("{\"cloud\":\"aws\"").contains("\"region\":\"eu-west-1\"");
        assertThat(plan.stack()).isEqualTo("dev");
        assertThat(plan.source()).isEqualTo(file.toString());
        RegisteredResource parameter = plan.resources().stream().filter(r -> r.name().equals("grafana-admin")).findFirst().orElseThrow();
        assertThat(parameter.require("value")).isEqualTo("[secret]");
        assertThat(plan.outputs()).containsEntry("grafanaAdminPassword", "[secret]").containsKey("vpcId");
    }

    @Test
    void invalidEnvironmentRunsNothing() {
        // GIVEN an environment with a misspelt key and a program that records whether it ran
        Path file = TestEnvironments.broken(environments, "broken");
        var ran = new AtomicReference<Boolean>(false);

        // WHEN it is planned THEN validation refuses it, naming the file and the key, before the program runs
        assertThatThrownBy(() -> new OfflinePlanner((ctx, spec) -> ran.set(true)).plan("broken", file))
                .isInstanceOf(InvalidEnvironmentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("kubernetesVersoin");
        assertThat(ran.get()).isFalse();
    }

    @Test
    void programErrorFailsThePlanWithTheCauseOnly() {
        // GIVEN a valid environment and a program that throws
        Path file = TestEnvironments.copyOfDev(environments, "dev");

        // WHEN it is planned THEN the plan fails with the program's own message, not the SDK's stack trace
        assertThatThrownBy(() -> new OfflinePlanner(TinyPlatform::failing).plan("dev", file))
                .isInstanceOf(PlanFailedException.class)
                .hasMessageContaining("stack 'dev'")
                .hasMessageContaining("UnsupportedOperationException: the test cloud is not built")
                .hasMessageNotContaining("\tat ");
    }
}
