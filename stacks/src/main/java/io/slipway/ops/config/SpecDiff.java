package io.slipway.ops.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.slipway.model.EnvironmentSpec;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The difference between two environment specs, one line per changed key path, so a person sees
 * exactly what a step writes before confirming it. A new object that has a sibling of the same
 * shape (a new slot) is shown as a copy of that sibling with its differences:
 * <pre>
 *   ~ slots.blue.weight: 100 -> 50
 *   + slots.green: copy of slots.blue, with
 *       ~ slots.green.kubernetesVersion: 1.34 -> 1.35
 *   - upgrade
 * </pre>
 */
public final class SpecDiff {
    private SpecDiff() {}

    public static List<String> lines(EnvironmentSpec before, EnvironmentSpec after) {
        List<String> lines = new ArrayList<>();
        diff("", SpecTrees.full(before), SpecTrees.full(after), "", lines);
        return lines;
    }

    private static void diff(String path, JsonNode before, JsonNode after, String indent, List<String> lines) {
        if (before.equals(after)) {
            return;
        }
        if (!before.isObject() || !after.isObject()) {
            lines.add(indent + "~ " + path + ": " + render(before) + " -> " + render(after));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = before.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String childPath = join(path, field.getKey());
            if (after.has(field.getKey())) {
                diff(childPath, field.getValue(), after.get(field.getKey()), indent, lines);
            } else {
                lines.add(indent + "- " + childPath);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = after.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!before.has(field.getKey())) {
                added(join(path, field.getKey()), path, before, field.getValue(), indent, lines);
            }
        }
    }

    private static void added(String path, String parentPath, JsonNode siblings, JsonNode value, String indent, List<String> lines) {
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = siblings.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> sibling = it.next();
                if (sibling.getValue().isObject() && SpecTrees.sameFieldNames(sibling.getValue(), value)) {
                    lines.add(indent + "+ " + path + ": copy of " + join(parentPath, sibling.getKey()) + ", with");
                    diff(path, sibling.getValue(), value, indent + "    ", lines);
                    return;
                }
            }
            JsonNode none = JsonNodeFactory.instance.objectNode();
            value.fields().forEachRemaining(field -> added(join(path, field.getKey()), path, none, field.getValue(), indent, lines));
            return;
        }
        lines.add(indent + "+ " + path + ": " + render(value));
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String render(JsonNode node) {
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
