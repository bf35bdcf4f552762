package io.slipway.review.cost;

import io.slipway.review.graph.Section;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code slipway cost} for people: per section and item at min/desired/max, ending with the expected total. */
public final class CostText {
    private static final String ROW = "  %-88s %10s %10s %10s%n";

    public String render(CostEstimate e) {
        var text = new StringBuilder(String.format(Locale.ROOT, "Monthly cost estimate of %s (%s %s, prices as of %s), USD%n",
                e.stack(), e.cloud(), e.region(), e.asOf()));
        text.append(String.format(Locale.ROOT, ROW, "", "min", "desired", "max"));
        Map<Section, List<CostLine>> bySection = e.lines().stream()
                .collect(Collectors.groupingBy(CostLine::section, LinkedHashMap::new, Collectors.toList()));
        bySection.forEach((section, lines) -> {
            text.append(section.label()).append('\n');
            lines.forEach(l -> text.append(row(l.item(), l.min(), l.desired(), l.max())));
            text.append(row("subtotal " + section.label(), sum(lines, 0), sum(lines, 1), sum(lines, 2)));
        });
        if (e.slots().size() > 1) {
            text.append(String.format(Locale.ROOT, "%nA blue/green upgrade is in progress: slots %s run side by side until it finishes, "
                    + "so the slot being replaced costs extra for the days both run.%n", String.join(" and ", e.slots())));
        }
        text.append(String.format(Locale.ROOT, "%nAt minimum size $%s, at maximum size $%s per month.%n", whole(e.min()), whole(e.max())));
        text.append(String.format(Locale.ROOT, "Total: $%s per month%n", whole(e.desired())));
        return text.toString();
    }

    /** The monthly change between two estimates at the expected size, line by line, like a pull-request cost comment. */
    public String renderDelta(CostEstimate before, CostEstimate after, String baseDescription) {
        var text = new StringBuilder(String.format(Locale.ROOT, "Monthly cost change of %s at the expected size (base: %s), USD%n",
                after.stack(), baseDescription));
        Map<String, Double> old = desiredByItem(before);
        Map<String, Double> now = desiredByItem(after);
        var keys = new java.util.TreeSet<String>(old.keySet());
        keys.addAll(now.keySet());
        int changed = 0;
        for (String key : keys) {
            double delta = now.getOrDefault(key, 0.0) - old.getOrDefault(key, 0.0);
            if (Math.abs(delta) >= 0.005) {
                String mark = !old.containsKey(key) ? "+" : !now.containsKey(key) ? "-" : "~";
                text.append(String.format(Locale.ROOT, "  %s %-94s %+11.2f%n", mark, key, delta));
                changed++;
            }
        }
        if (changed == 0) {
            text.append("  no change\n");
        }
        double delta = after.desired() - before.desired();
        text.append(String.format(Locale.ROOT, "%nMonthly delta: %s$%s (from $%s)%n", delta < 0 ? "-" : "+", whole(Math.abs(delta)),
                whole(before.desired())));
        text.append(String.format(Locale.ROOT, "Total: $%s per month%n", whole(after.desired())));
        return text.toString();
    }

    private static Map<String, Double> desiredByItem(CostEstimate e) {
        return e.lines().stream().collect(Collectors.toMap(l -> l.section().label() + ": " + l.item(), CostLine::desired, Double::sum));
    }

    private static String row(String item, double min, double desired, double max) {
        return String.format(Locale.ROOT, ROW, item, money(min), money(desired), money(max));
    }

    private static double sum(List<CostLine> lines, int which) {
        return lines.stream().mapToDouble(l -> which == 0 ? l.min() : which == 1 ? l.desired() : l.max()).sum();
    }

    private static String money(double usd) {
        return String.format(Locale.ROOT, "%.2f", usd);
    }

    static String whole(double usd) {
        return String.format(Locale.ROOT, "%d", Math.round(usd));
    }
}
