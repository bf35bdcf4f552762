package io.slipway.plan.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.offline.RegisteredResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The critical path and total on small graphs whose answers are computed by hand in each test's comment. */
class TimelineTest {
    private static final CreateDurations TABLE = new CreateDurations(Map.of(
            "*|", 1, "t:a|", 10, "t:b|", 20, "t:c|", 5, "t:d|", 7,
            "kubernetes:helm.sh/v3:Release|traefik", 150, "kubernetes:helm.sh/v3:Release|", 40));

    private static RegisteredResource resource(String name, String type, String parent, String... dependencies) {
        return new RegisteredResource(urn(name), type, name, parent == null ? "" : urn(parent), Map.of(), List.of(dependencies).stream()
                .map(TimelineTest::urn).toList(), false, "", false);
    }

    private static String urn(String name) {
        return "urn:pulumi:s::p::" + name;
    }

    @Test
    void unboundedParallelismFollowsTheLongestChain() {
        // GIVEN A(10) -> B(20) -> D(7) and A -> C(5) -> D
        var graph = List.of(resource("A", "t:a", null), resource("B", "t:b", null, "A"), resource("C", "t:c", null, "A"),
                resource("D", "t:d", null, "B", "C"));

        // WHEN modelled with Pulumi's default (unbounded) parallelism
        var timeline = Timeline.of(graph, TABLE, Timeline.UNBOUNDED);

        // THEN A ends at 10, B at 30, C at 15, D at max(30, 15) + 7 = 37, and the path is A, B, D
        assertThat(timeline.finishSeconds()).containsEntry(urn("A"), 10).containsEntry(urn("B"), 30)
                .containsEntry(urn("C"), 15).containsEntry(urn("D"), 37);
        assertThat(timeline.totalSeconds()).isEqualTo(37);
        assertThat(timeline.criticalPath()).extracting(s -> s.resource().name() + "@" + s.finish()).containsExactly("A@10", "B@30", "D@37");
    }

    @Test
    void aResourceWaitsForItsExplicitProviderAndSoForWhatTheProviderWaitsFor() {
        // GIVEN cluster A(10); provider K (no time) depends on A; object C(5) names K only as its provider
        var provider = resource("K", "pulumi:providers:kubernetes", null, "A");
        var object = new RegisteredResource(urn("C"), "t:c", "C", "", Map.of(), List.of(), false, urn("K") + "::04da6b54-80e4-46f7-96ec-b56ff0331ba9", false);
        var graph = List.of(resource("A", "t:a", null), provider, object);

        // WHEN modelled
        var timeline = Timeline.of(graph, TABLE, Timeline.UNBOUNDED);

        // THEN C starts when the cluster is done, 10 + 5 = 15, not at 0
        assertThat(timeline.finishSeconds()).containsEntry(urn("C"), 15);
        assertThat(timeline.criticalPath()).extracting(s -> s.resource().name() + "@" + s.finish()).containsExactly("A@10", "C@15");
    }

    @Test
    void limitedParallelismQueuesReadyResources() {
        // GIVEN the same graph, one create at a time (pulumi up --parallel 1)
        var graph = List.of(resource("A", "t:a", null), resource("B", "t:b", null, "A"), resource("C", "t:c", null, "A"),
                resource("D", "t:d", null, "B", "C"));

        // WHEN modelled: A 0-10, then B and C are ready; B goes first (URN order) 10-30, C 30-35, D 35-42
        var timeline = Timeline.of(graph, TABLE, 1);

        // THEN the total is the sum, 42
        assertThat(timeline.finishSeconds()).containsEntry(urn("C"), 35).containsEntry(urn("D"), 42);
        assertThat(timeline.totalSeconds()).isEqualTo(42);
    }

    @Test
    void aDependencyOnAComponentWaitsForAllItsChildrenButAChildOnlyForItsParentsRegistration() {
        // GIVEN component X (no time) with children P(10) and Q(20); R(5) depends on X; S(7) is X's child, depending on nothing
        var graph = List.of(resource("X", "slipway:m:X", null), resource("P", "t:a", "X"), resource("Q", "t:b", "X"),
                resource("R", "t:c", null, "X"), resource("S", "t:d", "X"));

        // WHEN modelled: X registers at 0; P ends 10, Q 20, S 7; R waits for the whole component: 20 + 5 = 25
        var timeline = Timeline.of(graph, TABLE, Timeline.UNBOUNDED);

        // THEN
        assertThat(timeline.finishSeconds()).containsEntry(urn("X"), 0).containsEntry(urn("S"), 7).containsEntry(urn("R"), 25);
        assertThat(timeline.criticalPath()).extracting(s -> s.resource().name()).containsExactly("Q", "R");
    }

    @Test
    void helmReleasesTakeTheirChartsRowAndUnknownTypesTheDefault() {
        var traefik = new RegisteredResource(urn("t"), "kubernetes:helm.sh/v3:Release", "t", "", Map.of("chart", "traefik"),
                List.of(), false, "", false);
        var other = new RegisteredResource(urn("o"), "kubernetes:helm.sh/v3:Release", "o", "", Map.of("chart", "oci://r/x/other"),
                List.of(), false, "", false);

        assertThat(TABLE.of(traefik)).isEqualTo(150);
        assertThat(TABLE.of(other)).isEqualTo(40);
        assertThat(TABLE.of(resource("u", "aws:x/unknown:Unknown", null))).isEqualTo(1);
        assertThat(TABLE.of(resource("p", "pulumi:providers:aws", null))).isZero();
    }

    @Test
    void aCycleIsReportedNotLoopedOn() {
        var graph = List.of(resource("A", "t:a", null, "B"), resource("B", "t:b", null, "A"));

        assertThatThrownBy(() -> Timeline.of(graph, TABLE, Timeline.UNBOUNDED)).hasMessageContaining("cycle");
    }

    @Test
    void theShippedTableParsesAndCoversTheSlowTypes() {
        var shipped = CreateDurations.shipped();

        assertThat(shipped.of(resource("c", "aws:eks/cluster:Cluster", null))).isGreaterThan(300);
        assertThat(shipped.of(resource("c", "gcp:container/cluster:Cluster", null))).isGreaterThan(180);
        assertThat(DurationTable.fields("a,\"b, c\",3")).containsExactly("a", "b, c", "3");
    }
}
