package io.slipway.plan.timeline;

import io.slipway.plan.Plan;

/** The timeline as {@code plan --timeline} prints it: the critical path, then {@code ready in N min}. */
public final class TimelineRenderer {
    private final CreateDurations durations;
    private final int parallelism;

    public TimelineRenderer() {
        this(CreateDurations.shipped(), Timeline.UNBOUNDED);
    }

    public TimelineRenderer(CreateDurations durations, int parallelism) {
        this.durations = durations;
        this.parallelism = parallelism;
    }

    public String render(Plan plan) {
        Timeline timeline = Timeline.of(plan.resources(), durations, parallelism);
        var text = new StringBuilder("\nTime to ready (modelled: typical create durations, Pulumi's parallel engine)\n");
        text.append("Critical path:\n");
        timeline.criticalPath().forEach(step -> text.append(pathLine(step, "")));
        text.append("ready in ").append(minutes(timeline.totalSeconds())).append(" min\n");
        return text.toString();
    }

    /** Whole minutes, rounded up: a model, not a promise to the second. */
    public static int minutes(int seconds) {
        return (seconds + 59) / 60;
    }

    /**
     * One step of a critical path: when it is done, how long it took, and what it is, after {@code label}
     * ({@code update}, {@code replace}) when not empty.
     */
    public static String pathLine(Timeline.Step step, String label) {
        return String.format("  %6s  +%-6s %s%s %s%n", clock(step.finish()), step.seconds() + "s", label.isEmpty() ? "" : label + " ",
                step.resource().type(), step.resource().name());
    }

    private static String clock(int seconds) {
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
