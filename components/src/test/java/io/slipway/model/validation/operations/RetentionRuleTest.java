package io.slipway.model.validation.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.EnvironmentFixture;
import io.slipway.model.Tier;
import org.junit.jupiter.api.Test;

class RetentionRuleTest {
    @Test
    void auditLogsDefaultToTheTiersRetention() {
        // GIVEN the prod fixture, and the same moved to staging and dev, none setting logs
        var prod = EnvironmentFixture.aws().assertValid().spec();
        var staging = EnvironmentFixture.aws().set("tier", "staging").assertValid().spec();
        var dev = EnvironmentFixture.gcp().assertValid().spec();

        // WHEN / THEN prod keeps a year, staging 90 days, dev 30
        assertThat(prod.logs().retentionDaysFor(prod.tier())).isEqualTo(365);
        assertThat(staging.logs().retentionDaysFor(staging.tier())).isEqualTo(90);
        assertThat(dev.logs().retentionDaysFor(dev.tier())).isEqualTo(30);
    }

    @Test
    void auditLogsAreKeptAtLeastThirtyDaysAndAYearInProd() {
        // GIVEN dev keeping 14 days, prod keeping 180
        // WHEN / THEN both are refused with the floor named
        EnvironmentFixture.gcp().set("logs", "{retentionDays: 14}")
                .assertProblem("logs.retentionDays", "14 is too short; audit logs are kept at least 30 days");
        EnvironmentFixture.aws().set("logs", "{retentionDays: 180}")
                .assertProblem("logs.retentionDays", "180 is too short for prod, which keeps audit logs at least a year (365 days)");
        // AND a longer prod retention CloudWatch offers loads
        assertThat(EnvironmentFixture.aws().set("logs", "{retentionDays: 731}").assertValid().spec().logs()
                .retentionDaysFor(Tier.PROD)).isEqualTo(731);
    }

    @Test
    void awsRetentionIsOneCloudWatchOffersAndGcpFitsACloudLoggingBucket() {
        // GIVEN 500 days on AWS and 3651 days on GCP
        // WHEN / THEN AWS lists the valid values and the next longer one, GCP its maximum
        EnvironmentFixture.aws().set("logs", "{retentionDays: 500}")
                .assertProblem("logs.retentionDays", "500 is not a retention CloudWatch Logs offers; valid: [30, 60, 90, 120");
        EnvironmentFixture.aws().set("logs", "{retentionDays: 500}").assertProblem("logs.retentionDays", "(next longer: 545)");
        EnvironmentFixture.gcp().set("logs", "{retentionDays: 3651}")
                .assertProblem("logs.retentionDays", "3651 is longer than a Cloud Logging bucket keeps logs; expected at most 3650");
        // AND on GCP any whole number of days in range loads
        EnvironmentFixture.gcp().set("logs", "{retentionDays: 45}").assertValid();
    }

    @Test
    void backupsStayLockedAtLeastAsLongAsTheyAreKept() {
        // GIVEN backups kept 30 days but locked 7
        // WHEN / THEN the lock is refused, naming the retention to match
        EnvironmentFixture.aws().set("addons.backups", "{retentionDays: 30, lockDays: 7}")
                .assertProblem("addons.backups.lockDays", "7 is shorter than addons.backups.retentionDays (30)");
        // AND a lock beyond S3 Object Lock's 100 years is refused
        EnvironmentFixture.aws().set("addons.backups", "{retentionDays: 30, lockDays: 40000}")
                .assertProblem("addons.backups.lockDays", "the number 40000 is outside 1..36500");
        // AND on GCP a lock longer than the provider's retention field holds is refused
        EnvironmentFixture.gcp().set("addons.backups", "{retentionDays: 30, lockDays: 30000}")
                .assertProblem("addons.backups.lockDays", "30000 is longer than the GCS retention policy Slipway can set; "
                        + "expected at most 24855");
    }

    @Test
    void theBackupLockDefaultsToTheTtlRaisedToTheTiersFloor() {
        // GIVEN backups kept 7 days in prod, staging and dev, and 60 days in prod
        var prod = EnvironmentFixture.aws().set("addons.backups", "{retentionDays: 7}").assertValid().spec();
        var longProd = EnvironmentFixture.aws().set("addons.backups", "{retentionDays: 60}").assertValid().spec();

        // WHEN / THEN the lock is the TTL, but at least 30 days in prod and 14 in staging
        assertThat(prod.addons().backups().lockDaysFor(Tier.PROD)).isEqualTo(30);
        assertThat(prod.addons().backups().lockDaysFor(Tier.STAGING)).isEqualTo(14);
        assertThat(prod.addons().backups().lockDaysFor(Tier.DEV)).isEqualTo(7);
        assertThat(longProd.addons().backups().lockDaysFor(Tier.PROD)).isEqualTo(60);
    }
}
