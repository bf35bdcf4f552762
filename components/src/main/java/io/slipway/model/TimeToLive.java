package io.slipway.model;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times to live as people write them: {@code 30m}, {@code 8h}, {@code 1d}, {@code 1d12h}. */
public final class TimeToLive {
    private static final Pattern PART = Pattern.compile("(\\d{1,5})([dhm])");
    public static final String SYNTAX = "a whole number of days, hours and/or minutes such as 30m, 8h, 1d or 1d12h";

    private TimeToLive() {}

    /** The duration, or an {@link IllegalArgumentException} whose message says what is valid. */
    public static Duration parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        Matcher m = PART.matcher(trimmed);
        Duration total = Duration.ZERO;
        int consumed = 0;
        while (m.find() && m.start() == consumed) {
            long amount = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "d" -> Duration.ofDays(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofMinutes(amount);
            });
            consumed = m.end();
        }
        if (trimmed.isEmpty() || consumed != trimmed.length()) {
            throw new IllegalArgumentException("'" + text + "' is not a time to live; use " + SYNTAX);
        }
        if (total.isZero()) {
            throw new IllegalArgumentException("'" + text + "' is zero; a time to live must be positive");
        }
        return total;
    }

    /** {@code 1d2h30m} style, largest units first; {@code 0m} for zero or less. */
    public static String format(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        var text = new StringBuilder();
        if (minutes >= 1440) {
            text.append(minutes / 1440).append('d');
        }
        if (minutes % 1440 >= 60) {
            text.append(minutes % 1440 / 60).append('h');
        }
        if (minutes % 60 > 0 || text.isEmpty()) {
            text.append(minutes % 60).append('m');
        }
        return text.toString();
    }
}
