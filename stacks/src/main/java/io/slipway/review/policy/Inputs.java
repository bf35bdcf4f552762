package io.slipway.review.policy;

import io.slipway.offline.RegisteredResource;
import java.util.List;
import java.util.Optional;

/** Reading registered inputs the way providers interpret them: booleans may arrive as strings, lists as one value. */
final class Inputs {
    private Inputs() {}

    static boolean isTrue(RegisteredResource r, String path) {
        return r.input(path).map(v -> Boolean.TRUE.equals(v) || "true".equals(v)).orElse(false);
    }

    static boolean isFalse(RegisteredResource r, String path) {
        return r.input(path).map(v -> Boolean.FALSE.equals(v) || "false".equals(v)).orElse(false);
    }

    static Optional<String> text(RegisteredResource r, String path) {
        return r.input(path).map(String::valueOf);
    }

    static List<String> strings(RegisteredResource r, String path) {
        return r.input(path).map(Inputs::strings).orElse(List.of());
    }

    static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    static Optional<Double> number(RegisteredResource r, String path) {
        return r.input(path).flatMap(v -> {
            if (v instanceof Number n) {
                return Optional.of(n.doubleValue());
            }
            try {
                return Optional.of(Double.parseDouble(String.valueOf(v)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
