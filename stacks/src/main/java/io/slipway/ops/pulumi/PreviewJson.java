package io.slipway.ops.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what {@code pulumi preview --json} prints (pulumi v3: an object with {@code steps}, each
 * {@code op} and {@code urn} and the {@code newState}/{@code oldState} with their {@code type}, and
 * {@code changeSummary}, the count per operation) into a {@link PreviewSummary} with one readable
 * line per resource that changes.
 */
final class PreviewJson {
    private static final Map<String, String> SYMBOLS = Map.of(
            "create", "+", "update", "~", "delete", "-", "replace", "+-", "create-replacement", "++",
            "delete-replaced", "--", "read", ">", "refresh", "~", "import", "=", "discard", "-");

    private PreviewJson() {}

    static PreviewSummary summary(JsonNode result) {
        Map<String, Integer> changes = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        if (result != null) {
            result.path("changeSummary").fields().forEachRemaining(entry -> {
                if (!"same".equals(entry.getKey()) && entry.getValue().asInt() > 0) {
                    changes.put(entry.getKey(), entry.getValue().asInt());
                }
            });
            for (JsonNode step : result.path("steps")) {
                String op = step.path("op").asText();
                if (op.equals("same")) {
                    continue;
                }
                String urn = step.path("urn").asText();
                JsonNode state = step.path("newState").isObject() ? step.path("newState") : step.path("oldState");
                String type = state.path("type").asText(DeployedResource.typeOf(urn));
                lines.add(String.format("  %-2s %s %s", SYMBOLS.getOrDefault(op, op), type, DeployedResource.nameOf(urn)));
            }
        }
        return new PreviewSummary(changes, String.join("\n", lines));
    }
}
