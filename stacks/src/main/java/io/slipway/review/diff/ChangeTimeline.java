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
 * added or replaced one its create duration. Pulumi creates a replacement before it deletes what it
 * replaces, and deletes removed resources after the creates and updates that could depend on them,
 * so no deletion is on the path to ready; they are counted, not timed.
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
        Map<String, ResourceChange.Kind> kinds = changes.stream()
                .collect(Collectors.toMap(ResourceChange::urn, ResourceChange::kind));
        Durations steps = resource -> {
            ResourceChange.Kind kind = kinds.get(resource.urn());
            if (kind == null) {
                return 0; // unchanged: Pulumi's "same" step calls no API
            }
            return switch (kind) {
                case ADD, REPLACE -> creates.of(resource);
                case UPDATE -> updates.of(resource);
                case DELETE -> 0; // never in the new plan
            };
        };
        return new ChangeTimeline(Timeline.of(after.resources(), steps, parallelism), changes);
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
        return Optional.ofNullable(byUrn().get(urn)).map(ResourceChange::kind);
    }

    public long count(ResourceChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** Deletions that run once the changed resources are in place: removed resources and the old copy of each replaced one. */
    public long deletionsAfter() {
        return count(ResourceChange.Kind.DELETE) + count(ResourceChange.Kind.REPLACE);
    }

    private Map<String, ResourceChange> byUrn() {
        return changes.stream().collect(Collectors.toMap(ResourceChange::urn, Function.identity()));
    }
}
