package io.slipway.review.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.offline.RegisteredResource;
import io.slipway.plan.Plan;
import io.slipway.plan.timeline.Durations;
import io.slipway.plan.timeline.Timeline;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The time to apply a change on small graphs whose answers are computed by hand in each test's comment.
 * Creates take A 100, B 200, C 300, D 400 s; updates take A 1, B 2, C 3, D 4 s; a change of input
 * {@code name} replaces a resource, a change of B's {@code nodes} rolls its nodes.
 */
class ChangeTimelineTest {
    private static final Map<String, Integer> CREATE = Map.of("t:a", 100, "t:b", 200, "t:c", 300, "t:d", 400);
    private static final Map<String, Integer> UPDATE = Map.of("t:a", 1, "t:b", 2, "t:c", 3, "t:d", 4);
    private static final Durations CREATES = r -> CREATE.get(r.type());
    private static final Durations UPDATES = r -> UPDATE.get(r.type());
    private static final ReplacementRules RULES = new ReplacementRules(Stream.concat(Arrays.stream("abcd".split(""))
            .map(t -> new ReplacementRules.Rule("t:" + t, "name", ReplacementRules.Effect.REPLACE, "test rule", "2026-11-30")),
            Stream.of(new ReplacementRules.Rule("t:b", "nodes", ReplacementRules.Effect.ROLLING, "test rule", "2026-11-30")))
            .toList());

    /** A resource named like its type's letter, with one input {@code v} and a name input, depending on others by name. */
    private static RegisteredResource resource(String name, Object value, String... dependencies) {
        return new RegisteredResource(urn(name), "t:" + name.toLowerCase(), name, "", Map.of("v", value, "name", name),
                Arrays.stream(dependencies).map(ChangeTimelineTest::urn).toList(), false, "", false);
    }

    private static RegisteredResource renamed(RegisteredResource r) {
        return new RegisteredResource(r.urn(), r.type(), r.name(), r.parent(), Map.of("v", r.inputs().get("v"), "name", r.name() + "-2"),
                r.dependencies(), false, "", false);
    }

    private static String urn(String name) {
        return "urn:pulumi:s::p::" + name;
    }

    private static Plan plan(RegisteredResource... resources) {
        return new Plan("s", "", List.of(resources), Map.of(), List.of());
    }

    private static ChangeTimeline change(Plan before, Plan after) {
        return ChangeTimeline.of(before, after, RULES, CREATES, UPDATES, Timeline.UNBOUNDED);
    }

    @Test
    void anUnchangedChainCostsNothing() {
        // GIVEN A -> B -> C deployed and planned again unchanged
        Plan plan = plan(resource("A", 1), resource("B", 1, "A"), resource("C", 1, "B"));

        // WHEN the change is modelled
        ChangeTimeline change = change(plan, plan);

        // THEN nothing is on the path and it is ready at once, with nothing to count
        assertThat(change.totalSeconds()).isZero();
        assertThat(change.criticalPath()).isEmpty();
        assertThat(change.changes()).isEmpty();
        assertThat(new ChangeTimelineRenderer().render(change)).contains("ready in 0 min\n0 changes (0 added, 0 updated, 0 replaced), 0 deletions after\n");
    }

    @Test
    void updatesOnADependencyChainAddUpAndUnchangedLinksCostNothing() {
        // GIVEN A -> B -> C -> D, where A and C change an input updated in place, B and D do not
        Plan before = plan(resource("A", 1), resource("B", 1, "A"), resource("C", 1, "B"), resource("D", 1, "C"));
        Plan after = plan(resource("A", 2), resource("B", 1, "A"), resource("C", 2, "B"), resource("D", 1, "C"));

        // WHEN modelled: A updates 0-1, B is the same at 1, C updates 1-4, D is the same at 4
        ChangeTimeline change = change(before, after);

        // THEN the total is 1 + 3 = 4 s, far below any create, and the path holds only the changed resources
        assertThat(change.timeline().finishSeconds()).containsEntry(urn("B"), 1).containsEntry(urn("D"), 4);
        assertThat(change.totalSeconds()).isEqualTo(4);
        assertThat(change.criticalPath()).extracting(s -> s.resource().name() + "@" + s.finish()).containsExactly("A@1", "C@4");
        assertThat(change.kindOf(urn("A"))).contains(ResourceChange.Kind.UPDATE);
        assertThat(change.kindOf(urn("B"))).isEmpty();
    }

    @Test
    void aReplacementCostsItsCreateAndItsOldCopyIsDeletedAfter() {
        // GIVEN A -> B -> C, where B is renamed (replaced) and C is updated
        Plan before = plan(resource("A", 1), resource("B", 1, "A"), resource("C", 1, "B"));
        Plan after = plan(resource("A", 1), renamed(resource("B", 1, "A")), resource("C", 2, "B"));

        // WHEN modelled: B is created anew 0-200, then C updates 200-203
        ChangeTimeline change = change(before, after);

        // THEN the total is 203 s, B counted as a create, and the old B is one deletion after
        assertThat(change.totalSeconds()).isEqualTo(203);
        assertThat(change.criticalPath()).extracting(s -> s.resource().name() + "+" + s.seconds()).containsExactly("B+200", "C+3");
        assertThat(change.count(ResourceChange.Kind.REPLACE)).isOne();
        assertThat(change.deletionsAfter()).isOne();
    }

    @Test
    void anAddedResourceCostsItsCreateAndARemovedOneIsCountedNotTimed() {
        // GIVEN A and D (create 400 s) deployed; the change removes D and adds C (create 300 s) after an updated A
        Plan before = plan(resource("A", 1), resource("D", 1, "A"));
        Plan after = plan(resource("A", 2), resource("C", 1, "A"));

        // WHEN modelled: A updates 0-1, C is created 1-301; D's deletion runs after and is not timed
        ChangeTimeline change = change(before, after);

        // THEN the total is 301 s and D is one deletion after
        assertThat(change.totalSeconds()).isEqualTo(301);
        assertThat(change.criticalPath()).extracting(s -> s.resource().name()).containsExactly("A", "C");
        assertThat(change.count(ResourceChange.Kind.ADD)).isOne();
        assertThat(change.count(ResourceChange.Kind.DELETE)).isOne();
        assertThat(change.deletionsAfter()).isOne();
    }

    @Test
    void aProtectFlipCostsNothingAndARollingUpdateAtLeastACreate() {
        // GIVEN A, now protected and otherwise the same, and B, whose change of "nodes" rolls every node
        Plan before = plan(resource("A", 1), withInput(resource("B", 1), "nodes", "v1"));
        Plan after = plan(new RegisteredResource(urn("A"), "t:a", "A", "", Map.of("v", 1, "name", "A"), List.of(), true, "", false),
                withInput(resource("B", 1), "nodes", "v2"));

        // WHEN modelled: A's step only records the flag (0 s, not its 1 s update); B's new nodes launch as on a
        // create (200 s, not its 2 s update)
        ChangeTimeline change = change(before, after);

        // THEN both are updates, and the total is B's 200 s alone
        assertThat(change.kindOf(urn("A"))).contains(ResourceChange.Kind.UPDATE);
        assertThat(change.kindOf(urn("B"))).contains(ResourceChange.Kind.UPDATE);
        assertThat(change.timeline().finishSeconds()).containsEntry(urn("A"), 0);
        assertThat(change.criticalPath()).extracting(s -> s.resource().name() + "+" + s.seconds()).containsExactly("B+200");
    }

    private static RegisteredResource withInput(RegisteredResource r, String key, Object value) {
        var inputs = new TreeMap<>(r.inputs());
        inputs.put(key, value);
        return new RegisteredResource(r.urn(), r.type(), r.name(), r.parent(), inputs, r.dependencies(), r.protect(), "", false);
    }

    @Test
    void theRendererPrintsThePathWithWhatHappensToEachThenTheTotalAndTheCounts() {
        // GIVEN A updated, B replaced (after A), D removed
        Plan before = plan(resource("A", 1), resource("B", 1, "A"), resource("D", 1));
        Plan after = plan(resource("A", 2), renamed(resource("B", 1, "A")));

        // WHEN rendered: A 0-1, B 1-201
        String text = new ChangeTimelineRenderer().render(change(before, after));

        // THEN
        assertThat(text).isEqualTo("""

                Time to apply the change (modelled: typical update and create durations, Pulumi's parallel engine)
                Critical path of changed resources:
                    0:01  +1s     update  t:a A
                    3:21  +200s   replace t:b B
                ready in 4 min
                2 changes (0 added, 1 updated, 1 replaced), 2 deletions after
                Deletions (removed resources, and the old copy of each replaced one: Pulumi creates a replacement
                before it deletes what it replaces) run once the changed resources are in place: not on the path to ready.
                """);
    }
}
