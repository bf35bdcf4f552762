package io.slipway.addons.monitoring;

/**
 * What the backup alerts need to know about a Velero schedule's cron expression: how old the last
 * successful backup may be before something is wrong. The schedule's name comes from
 * {@link io.slipway.addons.backups.VeleroSchedule}, the code that names it in the chart values.
 */
public final class BackupSchedule {
    private BackupSchedule() {}

    /**
     * The period of a five-field cron schedule (hourly, daily, weekly or monthly, from which fields
     * are fixed) plus a quarter of it as margin for a slow backup, at least 30 minutes.
     */
    public static long maxAgeSeconds(String cron) {
        String[] fields = cron.trim().split("\\s+");
        if (fields.length != 5) {
            throw new IllegalArgumentException("backup schedule '" + cron + "' is not a five-field cron expression");
        }
        long period;
        if (!fields[2].equals("*")) {
            period = 31L * 24 * 3600;
        } else if (!fields[4].equals("*")) {
            period = 7L * 24 * 3600;
        } else if (!fields[1].equals("*")) {
            period = 24L * 3600;
        } else {
            period = 3600;
        }
        return period + Math.max(1800, period / 4);
    }

    /** Seconds as a Prometheus duration in the largest whole unit: {@code 30h}, {@code 90m}, {@code 45s}. */
    public static String duration(long seconds) {
        if (seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }
}
