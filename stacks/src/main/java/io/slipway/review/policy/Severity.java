package io.slipway.review.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How bad a violation is; {@code slipway check --severity} fails on violations at or above a level. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }

    /** Parses {@code high}, {@code HIGH}; throws with the valid spellings otherwise. */
    public static Severity parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown severity '" + text + "'; valid: "
                    + Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }
}
