package io.slipway.ops.pulumi;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a {@code pulumi preview} found.
 *
 * @param changes resources per operation ({@code create}, {@code update}, {@code delete}, ...),
 *                without the unchanged ones
 * @param diff    the CLI's readable diff output
 */
public record PreviewSummary(Map<String, Integer> changes, String diff) {
    public PreviewSummary {
        changes = new TreeMap<>(changes);
        diff = diff == null ? "" : diff;
    }

    public boolean hasChanges() {
        return changes.values().stream().anyMatch(count -> count > 0);
    }

    /** One line such as {@code 3 to create, 1 to update}, or {@code no changes}. */
    public String oneLine() {
        if (!hasChanges()) {
            return "no changes";
        }
        return changes.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " to " + e.getKey())
                .collect(Collectors.joining(", "));
    }
}
