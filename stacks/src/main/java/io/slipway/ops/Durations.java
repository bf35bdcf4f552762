package io.slipway.ops;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as operators type them on the command line: {@code 90s}, {@code 10m}, {@code 2h}, {@code 1h30m}. */
public final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d+)([hms])");

    private Durations() {}

    public static Duration parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        Matcher m = PART.matcher(trimmed);
        Duration total = Duration.ZERO;
        int consumed = 0;
        while (m.find() && m.start() == consumed) {
            long amount = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "h" -> Duration.ofHours(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            });
            consumed = m.end();
        }
        if (trimmed.isEmpty() || consumed != trimmed.length()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; use for example 90s, 10m, 2h or 1h30m");
        }
        return total;
    }

    public static String format(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        StringBuilder text = new StringBuilder();
        if (seconds >= 3600) {
            text.append(seconds / 3600).append('h');
        }
        if (seconds % 3600 >= 60) {
            text.append(seconds % 3600 / 60).append('m');
        }
        if (seconds % 60 > 0 || text.length() == 0) {
            text.append(seconds % 60).append('s');
        }
        return text.toString();
    }
}
