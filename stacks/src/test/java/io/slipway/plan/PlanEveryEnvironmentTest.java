package io.slipway.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.offline.RegisteredResource;
import io.slipway.platform.ClusterSlot;
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
        var planner = new OfflinePlanner();
        int slots = planner.validate(PROJECT.fileOf(stack)).spec().slots().size();

        // WHEN it is planned with the real platform program (an invalid file or a program error throws)
        Plan plan = planner.plan(stack, PROJECT.fileOf(stack));

        // THEN there is one cluster slot per configured slot, every resource belongs to this stack,
        // and the stack exports what the program exports (the zone's name servers for delegation)
        List<String> types = plan.resources().stream().map(RegisteredResource::type).toList();
        assertThat(types).filteredOn(ClusterSlot.TYPE::equals).hasSize(slots);
        assertThat(plan.resources()).allSatisfy(r -> assertThat(r.urn()).startsWith("urn:pulumi:" + stack + "::slipway::"));
        assertThat(plan.outputs()).containsKey("nameServers");
    }
}
