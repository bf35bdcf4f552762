package io.slipway.review.diff;

import io.slipway.plan.Plan;
import io.slipway.plan.timeline.TimelineRenderer;
import java.util.Locale;

/**
 * A change's timeline as text, like {@code plan --timeline} prints a create's: the critical path of changed
 * resources with what happens to each, {@code ready in N min}, what changes, and the deletions that follow.
 */
public final class ChangeTimelineRenderer {

    /** The change from {@code before} (what is deployed) to {@code after}, with the shipped tables and rules. */
    public String render(Plan before, Plan after) {
        return render(ChangeTimeline.of(before, after));
    }

    public String render(ChangeTimeline change) {
        var text = new StringBuilder("\nTime to apply the change (modelled: typical update and create durations, Pulumi's parallel engine)\n");
        text.append("Critical path of changed resources:\n");
        change.criticalPath().forEach(step -> text.append(TimelineRenderer.pathLine(step, String.format(Locale.ROOT, "%-7s",
                change.kindOf(step.resource().urn()).map(ChangeTimelineRenderer::label).orElse("")))));
        text.append("ready in ").append(TimelineRenderer.minutes(change.totalSeconds())).append(" min\n");
        long added = change.count(ResourceChange.Kind.ADD);
        long updated = change.count(ResourceChange.Kind.UPDATE);
        long replaced = change.count(ResourceChange.Kind.REPLACE);
        text.append(String.format(Locale.ROOT, "%d changes (%d added, %d updated, %d replaced), %d deletions after%n",
                added + updated + replaced, added, updated, replaced, change.deletionsAfter()));
        if (change.deletionsAfter() > 0) {
            text.append("Deletions (removed resources, and the old copy of each replaced one: Pulumi creates a replacement\n")
                    .append("before it deletes what it replaces) run once the changed resources are in place: not on the path to ready.\n");
        }
        return text.toString();
    }

    private static String label(ResourceChange.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
