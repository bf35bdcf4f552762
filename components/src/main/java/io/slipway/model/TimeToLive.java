package io.slipway.model;

import java.time.Duration;

/** Times to live as people write them: {@code 30m}, {@code 8h}, {@code 1d}, {@code 1d12h}. */
public final class TimeToLive {
    private static final String UNITS = "dhm";
    public static final String SYNTAX = "a whole number of days, hours and/or minutes such as 30m, 8h, 1d or 1d12h";

    private TimeToLive() {}

    /** The duration, or an {@link IllegalArgumentException} whose message says what is valid. */
    public static Duration parse(String text) {
        Duration total = DurationText.parse(text, UNITS).orElseThrow(() ->
                new IllegalArgumentException("'" + text + "' is not a time to live; use " + SYNTAX));
        if (total.isZero()) {
            throw new IllegalArgumentException("'" + text + "' is zero; a time to live must be positive");
        }
        return total;
    }

    /** {@code 1d2h30m} style, largest units first; {@code 0m} for zero or less. */
    public static String format(Duration duration) {
        return DurationText.format(duration, UNITS);
    }
}
