package io.slipway.model.addons;

import io.slipway.model.Tier;

/**
 * Velero, writing to the environment's backups bucket (shared by both slots).
 *
 * @param enabled         install it. @default true
 * @param schedule        cron schedule of the full-cluster backup. @default "0 3 * * *" (daily)
 * @param retentionDays   days a backup is kept. @default 30
 * @param volumeSnapshots snapshot persistent volumes too. @default true
 * @param lockDays        days every object in the backups bucket is locked against deletion and overwrite
 *                        (S3 Object Lock in governance mode, GCS retention policy), at least
 *                        {@code retentionDays}. @default retentionDays, and at least 14 in staging, 30 in prod
 */
public record BackupsSpec(Boolean enabled, String schedule, Integer retentionDays, Boolean volumeSnapshots, Integer lockDays) {
    /** The longest lock S3 Object Lock accepts, in days (100 years). */
    public static final int MAX_LOCK_DAYS = 36500;

    public BackupsSpec {
        enabled = enabled == null || enabled;
        schedule = schedule == null ? "0 3 * * *" : schedule;
        retentionDays = retentionDays == null ? 30 : retentionDays;
        volumeSnapshots = volumeSnapshots == null || volumeSnapshots;
    }

    public static BackupsSpec defaults() {
        return new BackupsSpec(null, null, null, null, null);
    }

    /**
     * The lock as configured, else the backup TTL, raised to the tier's floor (14 days in staging,
     * 30 in prod) so a compromised Velero identity cannot erase recent history in any case.
     */
    public int lockDaysFor(Tier tier) {
        if (lockDays != null) {
            return lockDays;
        }
        int floor = switch (tier) {
            case DEV -> 1;
            case STAGING -> 14;
            case PROD -> 30;
        };
        return Math.max(retentionDays, floor);
    }
}
