package io.slipway.ops.config;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.model.EnvironmentSpec;
import java.util.Iterator;
import java.util.Map;

/**
 * Environment specs as JSON trees: the full form of a spec (every default spelt out), and the
 * merge that carries a change between two full forms onto the tree a person wrote, so a write
 * touches only what changed and keeps what was left to defaults out of the file.
 */
final class SpecTrees {
    /** Fields only: helper methods such as {@code NodePoolSpec.isSpot()} are not properties. */
    private static final ObjectMapper FULL = JsonMapper.builder()
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private SpecTrees() {}

    static JsonNode full(EnvironmentSpec spec) {
        return FULL.valueToTree(spec);
    }

    /**
     * Applies to {@code written} every difference between {@code before} and {@code after} (full
     * forms). A key that appears in {@code after} and has a sibling of the same shape (a new
     * slot next to the live one) starts as a copy of that sibling as written, so the new slot
     * reads like the one it was copied from.
     */
    static void merge(ObjectNode written, JsonNode before, JsonNode after) {
        for (Iterator<Map.Entry<String, JsonNode>> it = after.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            JsonNode next = field.getValue();
            JsonNode previous = before.get(key);
            if (next.equals(previous)) {
                continue;
            }
            JsonNode current = written.get(key);
            if (previous != null && previous.isObject() && next.isObject() && current != null && current.isObject()) {
                merge((ObjectNode) current, previous, next);
            } else if (previous == null && next.isObject() && sameShapeSibling(written, before, next) != null) {
                String sibling = sameShapeSibling(written, before, next);
                ObjectNode copy = ((ObjectNode) written.get(sibling)).deepCopy();
                merge(copy, before.get(sibling), next);
                written.set(key, copy);
            } else {
                written.set(key, next.deepCopy());
            }
        }
        for (Iterator<String> it = before.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!after.has(key)) {
                written.remove(key);
            }
        }
    }

    private static String sameShapeSibling(ObjectNode written, JsonNode before, JsonNode shape) {
        for (Iterator<Map.Entry<String, JsonNode>> it = before.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> sibling = it.next();
            JsonNode candidate = sibling.getValue();
            if (candidate.isObject() && written.path(sibling.getKey()).isObject() && sameFieldNames(candidate, shape)) {
                return sibling.getKey();
            }
        }
        return null;
    }

    static boolean sameFieldNames(JsonNode a, JsonNode b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
            if (!b.has(it.next())) {
                return false;
            }
        }
        return true;
    }
}
