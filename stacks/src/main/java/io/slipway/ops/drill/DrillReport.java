package io.slipway.ops.drill;

import io.slipway.ops.Durations;
import java.time.Duration;
import java.util.List;

/**
 * What a disaster drill did, phase by phase.
 *
 * @param environment the environment drilled
 * @param slot        the slot destroyed and rebuilt
 * @param phases      every phase in order, those not reached marked skipped
 */
public record DrillReport(String environment, String slot, List<Phase> phases) {
    public enum Outcome { PASSED, FAILED, SKIPPED }

    /**
     * @param name     the phase ({@code backup}, {@code destroy}, ...)
     * @param duration how long it took (zero when skipped)
     * @param outcome  how it ended
     * @param detail   what failed, or what it did
     */
    public record Phase(String name, Duration duration, Outcome outcome, String detail) {}

    public DrillReport {
        phases = List.copyOf(phases);
    }

    public boolean passed() {
        return phases.stream().allMatch(phase -> phase.outcome() == Outcome.PASSED);
    }

    public Duration total() {
        return phases.stream().map(Phase::duration).reduce(Duration.ZERO, Duration::plus);
    }

    public String render() {
        StringBuilder text = new StringBuilder("Cluster-loss drill of " + environment + "/" + slot + "\n");
        text.append(String.format("  %-10s %-10s %-8s %s%n", "phase", "duration", "result", "detail"));
        for (Phase phase : phases) {
            text.append(String.format("  %-10s %-10s %-8s %s%n", phase.name(), Durations.format(phase.duration()),
                    phase.outcome().name().toLowerCase(), phase.detail()));
        }
        text.append("  total ").append(Durations.format(total())).append(": ").append(passed() ? "PASSED" : "FAILED").append('\n');
        return text.toString();
    }
}
