package io.slipway.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.offline.RegisteredResource;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every environment of the project plans cleanly with the real program: what a reviewer runs. */
class PlanEveryEnvironmentTest {
    private static final StackFiles PROJECT = new StackFiles(TestEnvironments.PROJECT_ENVIRONMENTS);

    static Stream<String> stacks() {
        return PROJECT.stacks().stream();
    }

    @Test
    void theProjectHasEnvironments() {
        // GIVEN the project's environments directory THEN it holds at least dev, staging and prod
        assertThat(PROJECT.stacks()).contains("dev", "staging", "prod");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void plansWithoutProblemsOrProgramErrors(String stack) {
        // GIVEN a stack file of the project
        // WHEN it is planned with the real platform program (an invalid file or a program error throws)
        Plan plan = new OfflinePlanner().plan(stack, PROJECT.fileOf(stack));

        // THEN it builds a foundation and a cluster slot per configured slot, and exports the zone
        List<String> types = plan.resources().stream().map(RegisteredResource::type).toList();
        assertThat(types).contains("pulumi:pulumi:Stack", "slipway:platform:ClusterSlot");
        assertThat(plan.resources()).allSatisfy(r -> assertThat(r.urn()).startsWith("urn:pulumi:" + stack + "::slipway::"));
        assertThat(plan.outputs()).containsKeys("dnsZoneId", "nameServers", "backupsBucket", "clusters");
    }
}
