package io.slipway.model.validation.operations;

import io.slipway.model.validation.Echo;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a backup schedule the way Velero reads it: with robfig/cron v3's standard parser (five fields
 * minute hour day-of-month month day-of-week, day-of-week 0–6 with 0 Sunday, names such as MON or JAN,
 * {@code *} or {@code ?}, lists, ranges low-high in order, steps /n above 0, an optional
 * {@code CRON_TZ=}/{@code TZ=} prefix, and the descriptors {@code @daily}, {@code @every 6h}, ...).
 * A schedule that parses but can never fire (the 31st of February) is refused too: robfig accepts it,
 * and Velero would then never back up.
 */
public final class CronSchedule {
    private static final int MAX_LENGTH = 256;
    private static final String[] FIELDS = {"minute", "hour", "day of month", "month", "day of week"};
    private static final int[][] RANGES = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 6}};
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final List<String> DAYS = List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat");
    private static final Set<String> DESCRIPTORS = Set.of("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly");
    /** Days in each month in a leap year: robfig looks five years ahead, so the 29th of February does fire. */
    private static final int[] MONTH_DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    private static final String FORMAT = "expected 5 fields (minute hour day-of-month month day-of-week), e.g. \"0 3 * * *\"";

    private CronSchedule() {}

    /** Why {@code expression} is not a schedule Velero runs, or null when it is one. */
    static String problem(String expression) {
        if (expression.length() > MAX_LENGTH) {
            return "the schedule has " + expression.length() + " characters; " + FORMAT;
        }
        String spec = expression.trim();
        if (spec.startsWith("TZ=") || spec.startsWith("CRON_TZ=")) {
            int space = spec.indexOf(' ');
            String zone = spec.substring(spec.indexOf('=') + 1, space < 0 ? spec.length() : space);
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                return Echo.quote(expression) + ": " + Echo.quote(zone) + " is not a time zone; e.g. CRON_TZ=Europe/Berlin";
            }
            spec = space < 0 ? "" : spec.substring(space + 1).trim();
        }
        if (spec.startsWith("@")) {
            return descriptorProblem(expression, spec);
        }
        String[] fields = spec.isEmpty() ? new String[0] : spec.split("\\s+");
        if (fields.length != 5) {
            return Echo.quote(expression) + " has " + fields.length + " fields; " + FORMAT;
        }
        BitSet[] selected = new BitSet[5];
        for (int i = 0; i < 5; i++) {
            selected[i] = new BitSet();
            for (String part : fields[i].split(",", -1)) {
                String partProblem = parsePart(part, i, selected[i]);
                if (partProblem != null) {
                    return Echo.quote(expression) + ": " + Echo.quote(fields[i]) + " is not a valid " + FIELDS[i] + " field ("
                            + partProblem + "; " + RANGES[i][0] + "-" + RANGES[i][1] + ", *, ranges a-b, steps */n, lists a,b)";
                }
            }
        }
        boolean dayOfWeekIsStar = fields[4].equals("*") || fields[4].equals("?");
        if (dayOfWeekIsStar && !anyDateExists(selected[2], selected[3])) {
            return Echo.quote(expression) + " never runs: no selected month has the selected day of month";
        }
        return null;
    }

    private static String parsePart(String part, int field, BitSet selected) {
        int low = RANGES[field][0];
        int high = RANGES[field][1];
        String[] stepped = part.split("/", -1);
        if (stepped.length > 2) {
            return "more than one /";
        }
        int step = 1;
        if (stepped.length == 2) {
            if (!stepped[1].matches("\\d{1,3}") || Integer.parseInt(stepped[1]) == 0) {
                return "a step must be a number above 0";
            }
            step = Integer.parseInt(stepped[1]);
        }
        int start;
        int end;
        if (stepped[0].equals("*") || stepped[0].equals("?")) {
            start = low;
            end = high;
        } else {
            String[] bounds = stepped[0].split("-", -1);
            if (bounds.length > 2) {
                return "a range has one -";
            }
            start = value(bounds[0], field);
            end = bounds.length == 2 ? value(bounds[1], field) : (stepped.length == 2 ? high : start);
            if (start < low || end < low) {
                return "a value outside the range, or an unknown name";
            }
            if (start > end) {
                return "the range " + bounds[0] + "-" + bounds[1] + " runs backwards";
            }
        }
        for (int v = start; v <= end; v += step) {
            selected.set(v);
        }
        return null;
    }

    /** The number a field value stands for, or -1. */
    private static int value(String text, int field) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (field == 3 && MONTHS.contains(lower)) {
            return MONTHS.indexOf(lower) + 1;
        }
        if (field == 4 && DAYS.contains(lower)) {
            return DAYS.indexOf(lower);
        }
        if (!text.matches("\\d{1,2}")) {
            return -1;
        }
        int value = Integer.parseInt(text);
        return value >= RANGES[field][0] && value <= RANGES[field][1] ? value : -1;
    }

    private static boolean anyDateExists(BitSet days, BitSet months) {
        for (int month = months.nextSetBit(1); month >= 0; month = months.nextSetBit(month + 1)) {
            if (days.nextSetBit(1) >= 1 && days.nextSetBit(1) <= MONTH_DAYS[month - 1]) {
                return true;
            }
        }
        return false;
    }

    private static String descriptorProblem(String expression, String spec) {
        if (DESCRIPTORS.contains(spec)) {
            return null;
        }
        if (spec.startsWith("@every ")) {
            String duration = spec.substring("@every ".length()).trim();
            return duration.matches("(?:\\d{1,6}(?:h|m|s))+") && !duration.matches("[0hms]+")
                    ? null : Echo.quote(expression) + ": @every takes a duration such as 6h or 1h30m";
        }
        return Echo.quote(expression) + " is not a schedule; use 5 fields or one of "
                + String.join(", ", DESCRIPTORS.stream().sorted().toList())
                + ", @every <duration>";
    }
}
