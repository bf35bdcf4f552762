package io.slipway.model.validation.operations;

import io.slipway.model.Cloud;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.LogsSpec;
import io.slipway.model.Tier;
import io.slipway.model.addons.BackupsSpec;
import io.slipway.model.validation.Findings;
import io.slipway.model.validation.ModelRule;
import java.util.TreeSet;

/**
 * How long evidence is kept: audit logs at least 30 days (a year in prod) and in a period the cloud
 * offers, and backups locked at least as long as Velero keeps them, so a compromised Velero identity
 * cannot delete a backup before it expires.
 */
public final class RetentionRule implements ModelRule {
    /** The longest retention of a Cloud Logging bucket, in days. */
    static final int CLOUD_LOGGING_MAX_DAYS = 3650;
    static final int MIN_LOG_DAYS = 30;
    /** The pinned GCP provider takes a retention period in seconds as a 32-bit integer. */
    static final int GCS_MAX_RETENTION_DAYS = Integer.MAX_VALUE / 86_400;

    @Override
    public void check(EnvironmentSpec spec, Findings findings) {
        Integer logDays = spec.logs().retentionDays();
        if (logDays != null) {
            checkLogDays(spec, logDays, findings);
        }
        BackupsSpec backups = spec.addons().backups();
        Integer lockDays = backups.lockDays();
        if (lockDays != null && backups.retentionDays() != null && lockDays < backups.retentionDays()) {
            findings.error("addons.backups.lockDays", lockDays + " is shorter than addons.backups.retentionDays ("
                    + backups.retentionDays() + "): a backup must stay locked as long as it is kept, or a compromised "
                    + "Velero identity can delete it early; set at least " + backups.retentionDays());
        } else if (lockDays != null && spec.cloud() == Cloud.GCP && lockDays > GCS_MAX_RETENTION_DAYS) {
            findings.error("addons.backups.lockDays", lockDays + " is longer than the GCS retention policy Slipway can set; "
                    + "expected at most " + GCS_MAX_RETENTION_DAYS + " (68 years)");
        }
    }

    private static void checkLogDays(EnvironmentSpec spec, int days, Findings findings) {
        String path = "logs.retentionDays";
        if (days < MIN_LOG_DAYS) {
            findings.error(path, days + " is too short; audit logs are kept at least " + MIN_LOG_DAYS + " days");
        } else if (spec.tier() == Tier.PROD && days < LogsSpec.PROD_RETENTION_DAYS) {
            findings.error(path, days + " is too short for prod, which keeps audit logs at least a year ("
                    + LogsSpec.PROD_RETENTION_DAYS + " days)");
        } else if (spec.cloud() == Cloud.AWS && !LogsSpec.CLOUDWATCH_RETENTION_DAYS.contains(days)) {
            var offered = new TreeSet<>(LogsSpec.CLOUDWATCH_RETENTION_DAYS).tailSet(MIN_LOG_DAYS, true);
            Integer longer = offered.ceiling(days);
            findings.error(path, days + " is not a retention CloudWatch Logs offers; valid: " + offered
                    + (longer == null ? "" : " (next longer: " + longer + ")"));
        } else if (spec.cloud() == Cloud.GCP && days > CLOUD_LOGGING_MAX_DAYS) {
            findings.error(path, days + " is longer than a Cloud Logging bucket keeps logs; expected at most " + CLOUD_LOGGING_MAX_DAYS);
        }
    }
}
