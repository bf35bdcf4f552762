package io.slipway.model.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.model.Required;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The structural pass over an environment's JSON tree, driven by reflection over the model's record
 * classes, so a field added to a record is checked without touching this class. It reports unknown
 * keys (with a "did you mean"), values of the wrong type, invalid enum values and missing
 * {@link Required} keys, each at its key path, and returns the tree with every bad value removed, so
 * the semantic rules can still run on what is left and report their problems in the same run.
 */
public final class StructuralCheck {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** No key of the model is longer; a longer one is refused before it is compared or echoed. */
    public static final int MAX_KEY_LENGTH = 253;
    /** No value of the model is longer (an IAM role ARN, the longest, stays under 600). */
    public static final int MAX_STRING_LENGTH = 1024;

    private final Findings findings;
    private final List<String> incompletePaths = new ArrayList<>();

    public StructuralCheck(Findings findings) {
        this.findings = findings;
    }

    /** Paths whose value was removed or is missing, so that the bound spec holds a default or null there. */
    public List<String> incompletePaths() {
        return List.copyOf(incompletePaths);
    }

    /** Checks {@code node} against {@code type}; returns the node with its bad parts removed, or null. */
    public JsonNode check(JsonNode node, Type type, String path) {
        Class<?> raw = TypeNames.rawClass(type);
        if (raw.isRecord()) {
            return checkRecord(node, raw, path);
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return checkList(node, type, path);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return checkMap(node, TypeNames.typeArgument(type, 1), path);
        }
        if (raw.isEnum()) {
            return checkEnum(node, raw, path);
        }
        if (raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
            return node; // free-form by design (e.g. values passed through to a chart)
        }
        return checkScalar(node, raw, path);
    }

    private JsonNode checkRecord(JsonNode node, Class<?> record, String path) {
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            components.put(keyOf(component), component);
        }
        if (!node.isObject()) {
            invalid(path, "expected an object with keys " + String.join(", ", components.keySet())
                    + ", got " + TypeNames.describe(node));
            return null;
        }
        ObjectNode kept = NODES.objectNode();
        Set<String> suggested = new HashSet<>();
        node.fields().forEachRemaining(entry -> {
            String key = entry.getKey();
            RecordComponent component = components.get(key);
            if (key.length() > MAX_KEY_LENGTH) {
                findings.error(path, "unknown key " + Echo.quote(key) + "; valid keys here: "
                        + String.join(", ", components.keySet()));
            } else if (component == null) {
                Optional<String> suggestion = KeySuggestions.closest(key, components.keySet());
                suggestion.ifPresent(suggested::add);
                findings.error(KeyPaths.child(path, key), suggestion
                        .map(s -> "unknown key " + Echo.quote(key) + "; did you mean " + Echo.quote(s) + "?")
                        .orElse("unknown key " + Echo.quote(key) + "; valid keys here: "
                                + String.join(", ", components.keySet())));
            } else if (!entry.getValue().isNull()) {
                var bounds = NumberBounds.of(record, key);
                JsonNode value = bounds.isPresent()
                        ? checkBounded(entry.getValue(), bounds.get(), KeyPaths.child(path, key))
                        : check(entry.getValue(), component.getGenericType(), KeyPaths.child(path, key));
                if (value != null) {
                    kept.set(key, value);
                }
            }
        });
        components.forEach((key, component) -> {
            JsonNode value = node.get(key);
            if (component.isAnnotationPresent(Required.class) && (value == null || value.isNull())) {
                // A misspelling of this key was just reported with "did you mean"; saying it is missing too adds nothing.
                String childPath = KeyPaths.child(path, key);
                if (suggested.contains(key)) {
                    incompletePaths.add(childPath);
                } else {
                    invalid(childPath, "missing required key " + Echo.quote(key) + ": expected "
                            + TypeNames.expected(component.getGenericType()));
                }
            }
        });
        return kept;
    }

    private JsonNode checkList(JsonNode node, Type listType, String path) {
        Type elementType = TypeNames.typeArgument(listType, 0);
        if (!node.isArray()) {
            invalid(path, "expected " + TypeNames.expected(listType) + ", got " + TypeNames.describe(node)
                    + (node.isValueNode() ? "; write [" + Echo.shorten(node.asText()) + "]" : ""));
            return null;
        }
        ArrayNode kept = NODES.arrayNode();
        boolean complete = true;
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(i);
            JsonNode checked = null;
            if (element.isNull()) {
                invalid(KeyPaths.element(path, i), "empty list entry: expected " + TypeNames.expected(elementType));
            } else {
                checked = check(element, elementType, KeyPaths.element(path, i));
            }
            complete &= checked != null;
            kept.add(checked);
        }
        // Indexes in later messages must match the file, so a list with a bad element is dropped whole.
        if (!complete) {
            incompletePaths.add(path);
        }
        return complete ? kept : null;
    }

    private JsonNode checkMap(JsonNode node, Type valueType, String path) {
        if (!node.isObject()) {
            invalid(path, "expected a map of names to " + TypeNames.expected(valueType) + ", got " + TypeNames.describe(node));
            return null;
        }
        ObjectNode kept = NODES.objectNode();
        node.fields().forEachRemaining(entry -> {
            if (entry.getKey().length() > MAX_KEY_LENGTH) {
                invalid(path, "the key " + Echo.quote(entry.getKey()) + " is longer than " + MAX_KEY_LENGTH + " characters");
                return;
            }
            String entryPath = KeyPaths.child(path, entry.getKey());
            if (entry.getValue().isNull()) {
                invalid(entryPath, "no value: expected " + TypeNames.expected(valueType));
                return;
            }
            JsonNode value = check(entry.getValue(), valueType, entryPath);
            if (value != null) {
                kept.set(entry.getKey(), value);
            }
        });
        return kept;
    }

    private JsonNode checkEnum(JsonNode node, Class<?> enumType, String path) {
        List<String> spellings = TypeNames.enumSpellings(enumType);
        if (node.isTextual() && spellings.contains(node.asText())) {
            return node;
        }
        String suggestion = node.isValueNode() && node.asText().length() <= Echo.MAX_SHOWN
                ? KeySuggestions.closest(node.asText(), spellings).map(s -> "did you mean " + Echo.quote(s) + "? ").orElse("")
                : "";
        invalid(path, "invalid value " + TypeNames.describe(node) + "; " + suggestion + "valid: " + String.join(", ", spellings));
        return null;
    }

    private JsonNode checkScalar(JsonNode node, Class<?> type, String path) {
        if (type == String.class) {
            if (node.isTextual() && node.asText().length() > MAX_STRING_LENGTH) {
                invalid(path, "the value has " + node.asText().length() + " characters; at most " + MAX_STRING_LENGTH
                        + " fit any field: " + Echo.quote(node.asText()));
                return null;
            }
            if (node.isTextual()) {
                return node;
            }
            String hint = node.isNumber() || node.isBoolean()
                    ? "; put the value in quotes so YAML keeps it as written" : "";
            invalid(path, "expected a string, got " + TypeNames.describe(node) + hint);
            return null;
        }
        if (type == Integer.class || type == int.class) {
            if (node.isIntegralNumber() && node.canConvertToInt()) {
                return node;
            }
            if (node.isTextual() && node.asText().matches("-?\\d{1,9}")) {
                return IntNode.valueOf(Integer.parseInt(node.asText()));
            }
            invalid(path, "expected a whole number, got " + TypeNames.describe(node));
            return null;
        }
        if (type == Long.class || type == long.class) {
            if (node.isIntegralNumber() && node.canConvertToLong()) {
                return node;
            }
            invalid(path, "expected a whole number, got " + TypeNames.describe(node));
            return null;
        }
        if (type == Double.class || type == double.class) {
            if (node.isNumber()) {
                return node;
            }
            invalid(path, "expected a number, got " + TypeNames.describe(node));
            return null;
        }
        if (type == Boolean.class || type == boolean.class) {
            if (node.isBoolean()) {
                return node;
            }
            if (node.isTextual() && (node.asText().equals("true") || node.asText().equals("false"))) {
                return BooleanNode.valueOf(Boolean.parseBoolean(node.asText()));
            }
            invalid(path, "expected true or false, got " + TypeNames.describe(node));
            return null;
        }
        throw new IllegalStateException("the environment model uses a type the structural check does not know: " + type);
    }

    /** A whole number within its documented range; huge, fractional, {@code .nan} and {@code .inf} values are out of it. */
    private JsonNode checkBounded(JsonNode node, NumberBounds.Range range, String path) {
        String expected = "expected a whole number from " + range.min() + " to " + range.max() + " (" + range.why() + ")";
        if (node.isTextual() && node.asText().matches("-?\\d{1,18}")) {
            node = NODES.numberNode(Long.parseLong(node.asText()));
        }
        if (!node.isNumber()) {
            invalid(path, expected + ", got " + TypeNames.describe(node));
            return null;
        }
        double value = node.doubleValue();
        if (!node.isIntegralNumber() && Double.isFinite(value) && value != Math.rint(value)) {
            invalid(path, expected + ", got " + TypeNames.describe(node));
            return null;
        }
        // A whole float (3.0) is what Pulumi hands over as 3 after its JSON round trip, so it counts as 3.
        boolean inRange = node.isIntegralNumber() ? node.canConvertToLong() && range.contains(node.longValue())
                : Double.isFinite(value) && value >= range.min() && value <= range.max();
        if (inRange) {
            return IntNode.valueOf((int) node.longValue());
        }
        invalid(path, "out of range: " + TypeNames.describe(node) + " is outside " + range + "; " + expected);
        return null;
    }

    /** Reports a value that is missing or cannot be used, and remembers its path as incomplete. */
    private void invalid(String path, String message) {
        findings.error(path, message);
        incompletePaths.add(path);
    }

    private static String keyOf(RecordComponent component) {
        JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }
}
