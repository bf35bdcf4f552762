package io.slipway.ops;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.model.EnvironmentSpec;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The difference between two environment specs, one line per changed key path, so a person sees
 * exactly what a step writes before confirming it:
 * <pre>
 *   ~ slots.blue.weight: 100 -> 50
 *   + slots.green.kubernetesVersion: 1.35
 *   - upgrade.verifiedAt: 2026-11-21T05:00:00Z
 * </pre>
 */
public final class SpecDiff {
    private SpecDiff() {}

    public static List<String> lines(EnvironmentSpec before, EnvironmentSpec after) {
        Map<String, String> old = flatten(SpecTrees.full(before));
        Map<String, String> now = flatten(SpecTrees.full(after));
        List<String> lines = new ArrayList<>();
        old.forEach((path, value) -> {
            if (!now.containsKey(path)) {
                lines.add("- " + path + ": " + value);
            } else if (!now.get(path).equals(value)) {
                lines.add("~ " + path + ": " + value + " -> " + now.get(path));
            }
        });
        now.forEach((path, value) -> {
            if (!old.containsKey(path)) {
                lines.add("+ " + path + ": " + value);
            }
        });
        return lines;
    }

    private static Map<String, String> flatten(JsonNode tree) {
        Map<String, String> leaves = new LinkedHashMap<>();
        flatten("", tree, leaves);
        return leaves;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> leaves) {
        if (node.isObject() && !node.isEmpty()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            leaves.put(path, node.isValueNode() ? node.asText() : node.toString());
        }
    }
}
