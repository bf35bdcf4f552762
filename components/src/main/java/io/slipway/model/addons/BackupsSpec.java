package io.slipway.model.addons;

/**
 * Velero, writing to the environment's backups bucket (shared by both slots).
 *
 * @param enabled         install it. @default true
 * @param schedule        cron schedule of the full-cluster backup. @default "0 3 * * *" (daily)
 * @param retentionDays   days a backup is kept. @default 30
 * @param volumeSnapshots snapshot persistent volumes too. @default true
 */
public record BackupsSpec(Boolean enabled, String schedule, Integer retentionDays, Boolean volumeSnapshots) {
    public BackupsSpec {
        enabled = enabled == null || enabled;
        schedule = schedule == null ? "0 3 * * *" : schedule;
        retentionDays = retentionDays == null ? 30 : retentionDays;
        volumeSnapshots = volumeSnapshots == null || volumeSnapshots;
    }

    public static BackupsSpec defaults() {
        return new BackupsSpec(null, null, null, null);
    }
}
