package io.slipway.model;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations written as whole units, largest first ({@code 1d12h}, {@code 1h30m}, {@code 90s}): the one
 * reader and writer behind the times to live of ephemeral environments and the soak and wait times
 * of the operational commands, which differ only in the units they accept.
 */
public final class DurationText {
    /** At most five digits a unit: no overflow, and more than any time Slipway waits or keeps. */
    private static final Pattern PART = Pattern.compile("(\\d{1,5})([dhms])");

    private DurationText() {}

    /**
     * @param units the unit letters allowed, largest first: a subsequence of {@code dhms}
     * @return the duration, or empty when {@code text} is not one written in those units
     */
    public static Optional<Duration> parse(String text, String units) {
        String trimmed = text == null ? "" : text.trim();
        Matcher m = PART.matcher(trimmed);
        Duration total = Duration.ZERO;
        int consumed = 0;
        while (m.find() && m.start() == consumed && units.indexOf(m.group(2).charAt(0)) >= 0) {
            total = total.plus(unit(m.group(2).charAt(0)).multipliedBy(Long.parseLong(m.group(1))));
            consumed = m.end();
        }
        return trimmed.isEmpty() || consumed != trimmed.length() ? Optional.empty() : Optional.of(total);
    }

    /** In {@code units} (largest first), zero parts left out; the smallest unit alone for zero or less. */
    public static String format(Duration duration, String units) {
        long remaining = Math.max(0, duration.getSeconds());
        var text = new StringBuilder();
        for (char letter : units.toCharArray()) {
            long size = unit(letter).getSeconds();
            if (remaining / size > 0) {
                text.append(remaining / size).append(letter);
            }
            remaining %= size;
        }
        return text.isEmpty() ? "0" + units.charAt(units.length() - 1) : text.toString();
    }

    private static Duration unit(char letter) {
        return switch (letter) {
            case 'd' -> Duration.ofDays(1);
            case 'h' -> Duration.ofHours(1);
            case 'm' -> Duration.ofMinutes(1);
            case 's' -> Duration.ofSeconds(1);
            default -> throw new IllegalArgumentException("no duration unit '" + letter + "'; units are d, h, m and s");
        };
    }
}
