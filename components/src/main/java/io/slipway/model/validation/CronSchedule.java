package io.slipway.model.validation;

import java.util.regex.Pattern;

/** Checks a standard 5-field cron expression (minute hour day-of-month month day-of-week), as Velero takes. */
final class CronSchedule {
    private static final String[] FIELDS = {"minute", "hour", "day of month", "month", "day of week"};
    private static final int[][] RANGES = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 7}};
    private static final Pattern NAMES = Pattern.compile("(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat)");

    private CronSchedule() {}

    /** Why {@code expression} is not a 5-field cron schedule, or null when it is one. */
    static String problem(String expression) {
        String[] fields = expression.trim().split("\\s+");
        if (fields.length != 5) {
            return Echo.quote(expression) + " has " + fields.length + " fields; expected 5 (minute hour day-of-month month "
                    + "day-of-week), e.g. \"0 3 * * *\"";
        }
        for (int i = 0; i < 5; i++) {
            for (String part : fields[i].split(",", -1)) {
                if (!validPart(part, RANGES[i][0], RANGES[i][1])) {
                    return Echo.quote(expression) + ": " + Echo.quote(fields[i]) + " is not a valid " + FIELDS[i] + " field ("
                            + RANGES[i][0] + "-" + RANGES[i][1] + ", *, ranges a-b, steps */n, lists a,b)";
                }
            }
        }
        return null;
    }

    private static boolean validPart(String part, int low, int high) {
        String[] stepped = part.split("/", -1);
        if (stepped.length > 2 || (stepped.length == 2 && !isNumberIn(stepped[1], 1, high))) {
            return false;
        }
        String range = stepped[0];
        if (range.equals("*")) {
            return true;
        }
        String[] bounds = range.split("-", -1);
        if (bounds.length > 2) {
            return false;
        }
        for (String bound : bounds) {
            if (!isNumberIn(bound, low, high) && !NAMES.matcher(bound).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumberIn(String text, int low, int high) {
        if (!text.matches("\\d{1,2}")) {
            return false;
        }
        int value = Integer.parseInt(text);
        return value >= low && value <= high;
    }
}
