package io.slipway.ops;

import io.slipway.model.DurationText;
import java.time.Duration;

/** Durations as operators type them on the command line: {@code 90s}, {@code 10m}, {@code 2h}, {@code 1h30m}. */
public final class Durations {
    private static final String UNITS = "hms";

    private Durations() {}

    public static Duration parse(String text) {
        return DurationText.parse(text, UNITS).orElseThrow(() ->
                new IllegalArgumentException("'" + text + "' is not a duration; use for example 90s, 10m, 2h or 1h30m"));
    }

    public static String format(Duration duration) {
        return DurationText.format(duration, UNITS);
    }
}
