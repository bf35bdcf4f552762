package io.slipway.model;

import java.util.Set;

/**
 * How long the environment keeps its audit trail: the EKS control-plane and VPC flow-log groups
 * (AWS), the environment's Cloud Logging bucket for GKE control-plane and subnet flow logs (GCP),
 * and the access logs of the backups bucket (both clouds).
 *
 * @param retentionDays days every one of these logs is kept, at least 30 (365 in prod); on AWS one
 *                      of CloudWatch Logs' retention values. @default 30 in dev, 90 in staging, 365 in prod
 */
public record LogsSpec(Integer retentionDays) {
    public static final int DEV_RETENTION_DAYS = 30;
    public static final int STAGING_RETENTION_DAYS = 90;
    public static final int PROD_RETENTION_DAYS = 365;
    /** The retention periods CloudWatch Logs accepts, in days: AWS log groups take exactly these. */
    public static final Set<Integer> CLOUDWATCH_RETENTION_DAYS = Set.of(
            1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    public static LogsSpec defaults() {
        return new LogsSpec(null);
    }

    /** The retention as configured, else the tier's: prod keeps a year, as audits of production ask. */
    public int retentionDaysFor(Tier tier) {
        if (retentionDays != null) {
            return retentionDays;
        }
        return switch (tier) {
            case DEV -> DEV_RETENTION_DAYS;
            case STAGING -> STAGING_RETENTION_DAYS;
            case PROD -> PROD_RETENTION_DAYS;
        };
    }
}
