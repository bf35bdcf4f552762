package io.slipway.review.cost;

import java.util.List;

/**
 * The monthly estimate of one environment.
 *
 * @param stack  the environment
 * @param cloud  {@code aws} or {@code gcp}
 * @param region the region priced
 * @param asOf   the oldest date of the prices used
 * @param lines  every cost, foundation first, then per slot
 * @param slots  the cluster slots; two while a blue/green upgrade runs
 */
public record CostEstimate(String stack, String cloud, String region, String asOf, List<CostLine> lines, List<String> slots) {
    public CostEstimate {
        lines = List.copyOf(lines);
        slots = List.copyOf(slots);
    }

    public double min() {
        return lines.stream().mapToDouble(CostLine::min).sum();
    }

    public double desired() {
        return lines.stream().mapToDouble(CostLine::desired).sum();
    }

    public double max() {
        return lines.stream().mapToDouble(CostLine::max).sum();
    }
}
