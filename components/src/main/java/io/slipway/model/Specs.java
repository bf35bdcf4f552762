package io.slipway.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Small helpers the model records share for defaulting their collections. */
final class Specs {
    private Specs() {}

    /** An unmodifiable copy ordered by key, so every run registers maps in the same order. */
    static <V> Map<String, V> sortedCopy(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
