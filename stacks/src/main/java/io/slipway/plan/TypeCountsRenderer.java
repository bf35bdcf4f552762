package io.slipway.plan;

import io.slipway.offline.RegisteredResource;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How many resources of each type a plan holds, types sorted, with the total. */
public final class TypeCountsRenderer {
    public String render(List<RegisteredResource> resources) {
        Map<String, Integer> counts = new TreeMap<>();
        resources.forEach(r -> counts.merge(r.type(), 1, Integer::sum));
        int width = String.valueOf(resources.size()).length();
        var text = new StringBuilder();
        counts.forEach((type, count) -> text.append(pad(count, width)).append("  ").append(type).append('\n'));
        text.append(pad(resources.size(), width)).append("  total\n");
        return text.toString();
    }

    private static String pad(int count, int width) {
        return " ".repeat(width - String.valueOf(count).length()) + count;
    }
}
