package io.slipway.plan.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.plan.OfflinePlanner;
import io.slipway.plan.Plan;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The timeline of the shipped environments: the cluster decides it, and it ends ready. */
class ShippedEnvironmentsTimelineTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({"dev, aws:eks/cluster:Cluster", "gcp-dev, gcp:container/cluster:Cluster", "prod, aws:eks/cluster:Cluster"})
    void theCriticalPathRunsThroughTheClusterAndEndsAtTheTotal(String stack, String clusterType) {
        Plan plan = new OfflinePlanner().plan(stack, Path.of("..", "environments", "Pulumi." + stack + ".yaml"));

        var timeline = Timeline.of(plan.resources(), CreateDurations.shipped(), Timeline.UNBOUNDED);

        assertThat(timeline.criticalPath()).extracting(s -> s.resource().type()).contains(clusterType);
        assertThat(timeline.criticalPath().get(timeline.criticalPath().size() - 1).finish()).isEqualTo(timeline.totalSeconds());
        assertThat(new TimelineRenderer().render(plan)).contains("Critical path:").containsPattern("ready in \\d+ min\\n$");
    }
}
