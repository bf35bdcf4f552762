package io.slipway.addons.monitoring;

/**
 * What the backup alert needs to know about a Velero schedule: its name and how old the last
 * successful backup may be before something is wrong.
 */
public final class BackupSchedule {
    private BackupSchedule() {}

    /** The slot's schedule name; slots share the bucket, so their schedules must not collide. */
    public static String name(String slot) {
        return slot + "-cluster";
    }

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
}
