package io.slipway.review.cost;

import io.slipway.offline.RegisteredResource;
import io.slipway.review.graph.PlanGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prices the offline plan: every billable resource the program registered, with the price table's
 * rows. Nothing is re-derived from the environment file; node counts are the node pools' registered
 * scaling settings.
 */
public final class CostModel {
    static final double HOURS_PER_MONTH = 730;
    private static final Pattern GIBIBYTES = Pattern.compile("(\\d+)Gi");

    private final PriceTable prices;

    public CostModel(PriceTable prices) {
        this.prices = prices;
    }

    public CostEstimate estimate(String stack, String cloud, String region, PlanGraph graph) {
        var pricing = new Pricing(prices, cloud, region);
        List<CostLine> lines = new ArrayList<>(cloud.equals("aws") ? AwsCosts.lines(graph, pricing) : GcpCosts.lines(graph, pricing));
        lines.sort(Comparator.comparing(CostLine::section));
        return new CostEstimate(stack, cloud, region, prices.asOf(cloud, region), lines, graph.slots());
    }

    /** The prices of one cloud and region, monthly. */
    record Pricing(PriceTable table, String cloud, String region) {
        double hourly(String item) {
            return table.usd(cloud, region, item) * HOURS_PER_MONTH;
        }

        double unit(String item) {
            return table.usd(cloud, region, item);
        }
    }

    /** Persistent volumes add-ons request in their Helm values ({@code storage: 20Gi}), one line per release. */
    static List<CostLine> addonVolumes(PlanGraph graph, double perGbMonth, String diskName) {
        List<CostLine> lines = new ArrayList<>();
        for (RegisteredResource release : graph.ofType("kubernetes:helm.sh/v3:Release")) {
            long gb = storageRequests(release.input("values").orElse(Map.of()), false);
            if (gb > 0) {
                lines.add(CostLine.fixed(graph.sectionOf(release), release.name() + " volumes (" + gb + " GB " + diskName + ")",
                        gb * perGbMonth));
            }
        }
        return lines;
    }

    private static long storageRequests(Object values, boolean underStorageKey) {
        if (values instanceof Map<?, ?> map) {
            long sum = 0;
            for (var e : map.entrySet()) {
                sum += storageRequests(e.getValue(), "storage".equals(e.getKey()));
            }
            return sum;
        }
        if (values instanceof List<?> list) {
            return list.stream().mapToLong(v -> storageRequests(v, false)).sum();
        }
        Matcher m = underStorageKey && values instanceof String s ? GIBIBYTES.matcher(s) : null;
        return m != null && m.matches() ? Long.parseLong(m.group(1)) : 0;
    }

    /** One ingress load balancer per Traefik release (its Service is of type LoadBalancer). */
    static List<RegisteredResource> ingressReleases(PlanGraph graph) {
        return graph.ofType("kubernetes:helm.sh/v3:Release").stream()
                .filter(r -> r.input("chart").map(c -> String.valueOf(c).endsWith("traefik")).orElse(false)).toList();
    }

    static String nodes(double min, double desired, double max) {
        return String.format(java.util.Locale.ROOT, "%d/%d/%d nodes", (long) min, (long) desired, (long) max);
    }
}
