package io.slipway.review.diff;

import io.slipway.plan.Plan;
import io.slipway.plan.timeline.CreateDurations;
import io.slipway.plan.timeline.Durations;
import io.slipway.plan.timeline.Timeline;
import io.slipway.plan.timeline.UpdateDurations;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The modelled time {@code pulumi up} takes to apply a change to a deployed stack, until every changed
 * resource is in place: the {@link Timeline} engine over the new plan's graph, where a resource the
 * change leaves alone takes no time (Pulumi's "same" step), an updated one its update duration and an
 * added or replaced one its create duration. Two updates differ: one that only flips the protect option
 * takes no time (Pulumi's state alone), one that rolls every node takes at least its create duration.
 * Pulumi creates a replacement before it deletes what it replaces, and deletes removed resources after
 * the creates and updates that could depend on them, so no deletion is on the path to ready: they are
 * counted, not timed.
 *
 * @param timeline the new plan's timeline, each resource timed by its step
 * @param changes  what {@link PlanDiff} finds between the deployed plan and the new one
 */
public record ChangeTimeline(Timeline timeline, List<ResourceChange> changes) {
    public ChangeTimeline {
        changes = List.copyOf(changes);
    }

    /** The change from {@code before} (what is deployed) to {@code after}, with the shipped tables and rules. */
    public static ChangeTimeline of(Plan before, Plan after) {
        return of(before, after, ReplacementRules.shipped(), CreateDurations.shipped(), UpdateDurations.shipped(), Timeline.UNBOUNDED);
    }

    /**
     * @param rules       which input changes replace a resource
     * @param creates     how long a create takes (added and replaced resources): {@link CreateDurations}
     * @param updates     how long an in-place update takes: {@link UpdateDurations}
     * @param parallelism concurrent resource operations ({@link Timeline#UNBOUNDED}: {@code pulumi up}'s default)
     */
    public static ChangeTimeline of(Plan before, Plan after, ReplacementRules rules, Durations creates, Durations updates,
                                    int parallelism) {
        List<ResourceChange> changes = new PlanDiff(rules).diff(before, after, false);
        Map<String, ResourceChange> byUrn = byUrn(changes);
        Durations steps = resource -> {
            ResourceChange change = byUrn.get(resource.urn());
            if (change == null) {
                return 0; // unchanged: Pulumi's "same" step calls no API
            }
            return switch (change.kind()) {
                case ADD, REPLACE -> creates.of(resource);
                case UPDATE -> stateOnly(change) ? 0 : rolls(change) ? Math.max(creates.of(resource), updates.of(resource))
                        : updates.of(resource);
                case DELETE -> 0; // never in the new plan
            };
        };
        return new ChangeTimeline(Timeline.of(after.resources(), steps, parallelism), changes);
    }

    /** Only the protect option changes: Pulumi records it in its state and calls no cloud API. */
    private static boolean stateOnly(ResourceChange change) {
        return change.inputs().stream().allMatch(input -> input.path().equals(PlanDiff.PROTECT));
    }

    /**
     * An input whose change replaces every node in a rolling update (a node group's version, a NodeClass): the new
     * nodes launch and join as on a create, so the create figure is the floor; each further batch adds to it.
     */
    private static boolean rolls(ResourceChange change) {
        return change.inputs().stream().anyMatch(input -> input.rule()
                .map(rule -> rule.effect() == ReplacementRules.Effect.ROLLING).orElse(false));
    }

    public int totalSeconds() {
        return timeline.totalSeconds();
    }

    /** The chain of changed resources that decides the total, first to last. */
    public List<Timeline.Step> criticalPath() {
        return timeline.criticalPath();
    }

    /** What the change does to the resource of {@code urn}; empty when it leaves it alone. */
    public Optional<ResourceChange.Kind> kindOf(String urn) {
        return Optional.ofNullable(byUrn(changes).get(urn)).map(ResourceChange::kind);
    }

    public long count(ResourceChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** Deletions that run once the changed resources are in place: removed resources and the old copy of each replaced one. */
    public long deletionsAfter() {
        return count(ResourceChange.Kind.DELETE) + count(ResourceChange.Kind.REPLACE);
    }

    private static Map<String, ResourceChange> byUrn(List<ResourceChange> changes) {
        return changes.stream().collect(Collectors.toMap(ResourceChange::urn, Function.identity()));
    }
}
