package io.slipway.review.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The changed inputs of one resource by key path. JSON documents held in string inputs (IAM and key
 * policies) are compared key by key, so a review sees the one action that changed. Numbers compare by
 * value (the engine reports 1.0 where a plan file says 1). Anything secret stays masked.
 */
final class InputDiffer {
    static final String MASK = "[secret]";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Keys whose values are secret by name, and the payload of Kubernetes Secrets. */
    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|secret|token|privatekey|stringdata|^data$).*");

    private InputDiffer() {}

    /** Changed leaves between {@code base} and {@code head} inputs; paths sorted as they are met (keys sorted). */
    static List<String[]> diff(Map<String, Object> base, Map<String, Object> head, boolean secretPayload) {
        List<String[]> changes = new ArrayList<>();
        walk("", base, head, secretPayload, changes);
        return changes;
    }

    private static void walk(String path, Object base, Object head, boolean masked, List<String[]> out) {
        if (base instanceof Map<?, ?> b && head instanceof Map<?, ?> h) {
            var keys = new TreeSet<String>();
            b.keySet().forEach(k -> keys.add(String.valueOf(k)));
            h.keySet().forEach(k -> keys.add(String.valueOf(k)));
            for (String key : keys) {
                walk(path.isEmpty() ? key : path + "." + key, b.get(key), h.get(key), masked || SECRET_KEY.matcher(key).matches(), out);
            }
        } else if (base instanceof List<?> b && head instanceof List<?> h) {
            for (int i = 0; i < Math.max(b.size(), h.size()); i++) {
                walk(path + "[" + i + "]", i < b.size() ? b.get(i) : null, i < h.size() ? h.get(i) : null, masked, out);
            }
        } else if (document(base) != null && document(head) != null) {
            walk(path, document(base), document(head), masked, out);
        } else if (!Objects.equals(normalized(base), normalized(head))) {
            out.add(new String[] {path, text(base, masked), text(head, masked)});
        }
    }

    /** A string holding a JSON object (a policy document), parsed; null for anything else. */
    private static Object document(Object value) {
        if (!(value instanceof String s) || !s.startsWith("{")) {
            return null;
        }
        try {
            return JSON.readValue(s, Map.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static Object normalized(Object value) {
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) && !Double.isInfinite(d) ? (Object) (long) d : (Object) d;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return normalizedTree(value);
        }
        return value;
    }

    private static Object normalizedTree(Object value) {
        if (value instanceof Map<?, ?> map) {
            var copy = new java.util.TreeMap<String, Object>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), normalizedTree(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(InputDiffer::normalizedTree).toList();
        }
        return normalized(value);
    }

    private static String text(Object value, boolean masked) {
        if (value == null) {
            return null;
        }
        if (masked || MASK.equals(value)) {
            return MASK;
        }
        try {
            return JSON.writeValueAsString(normalizedTree(value));
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
