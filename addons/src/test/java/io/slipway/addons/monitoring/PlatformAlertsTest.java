package io.slipway.addons.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.addons.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformAlertsTest {
    /** Tests run in the addons module; the docs live at the repository root. */
    static final Path RUNBOOKS = Path.of("..", "docs", "runbooks", "alerts");

    @Test
    void everyAlertOnEitherCloudHasARunbookPage() {
        // GIVEN the alerts of an AWS and of a GCP cluster
        var alerts = new ArrayList<AlertRule>();
        Fixtures.run(Fixtures.aws("dev", ""), cluster -> PlatformAlerts.groups(cluster, Fixtures.LOCK).values().forEach(alerts::addAll));
        Fixtures.run(Fixtures.gcp("dev", ""), cluster -> PlatformAlerts.groups(cluster, Fixtures.LOCK).values().forEach(alerts::addAll));

        // THEN each names a runbook page that exists and explains that alert
        assertThat(alerts).isNotEmpty().allSatisfy(alert -> {
            Path page = RUNBOOKS.resolve(alert.name() + ".md");
            assertThat(page).exists();
            assertThat(Files.readString(page)).contains("# " + alert.name());
        });
    }

    @Test
    void disabledBackupsAndIngressHaveNoAlerts() {
        // GIVEN backups and ingress off WHEN the alerts are built THEN their groups are absent
        var groups = new ArrayList<String>();
        Fixtures.run(Fixtures.aws("dev", "backups: {enabled: false}\n  ingress: {enabled: false}"),
                cluster -> groups.addAll(PlatformAlerts.groups(cluster, Fixtures.LOCK).keySet()));
        assertThat(groups).containsExactly("slipway.capacity", "slipway.scheduling", "slipway.nodes");
    }

    @Test
    void backupAgeAllowsTheScheduleAndAMargin() {
        // GIVEN schedules of several periods THEN the allowed age is the period plus a quarter (30 minutes at least)
        assertThat(BackupSchedule.maxAgeSeconds("0 3 * * *")).isEqualTo(24 * 3600 + 6 * 3600);
        assertThat(BackupSchedule.maxAgeSeconds("15 * * * *")).isEqualTo(3600 + 1800);
        assertThat(BackupSchedule.maxAgeSeconds("0 2 * * 0")).isEqualTo(7 * 24 * 3600 + 42 * 3600);
        assertThatThrownBy(() -> BackupSchedule.maxAgeSeconds("daily")).hasMessageContaining("five-field cron");
        assertThat(BackupSchedule.duration(30 * 3600)).isEqualTo("30h");
        assertThat(BackupSchedule.duration(5400)).isEqualTo("90m");
    }

    @Test
    void backupAlertsWatchTheScheduleVeleroReportsAndItsAbsence() {
        // GIVEN the Velero release the lock pins, whose chart names its Schedule <release fullname>-<key>
        var alerts = new java.util.HashMap<String, AlertRule>();
        Fixtures.run(Fixtures.aws("dev", ""), cluster -> PlatformAlerts.groups(cluster, Fixtures.LOCK).values()
                .forEach(group -> group.forEach(rule -> alerts.put(rule.name(), rule))));

        // THEN the age alert filters on the Schedule object's name, as Velero labels its metrics
        assertThat(alerts.get("SlipwayBackupTooOld").expr())
                .contains("velero_backup_last_successful_timestamp{schedule=\"velero-blue-cluster\"}");
        // AND a schedule that never succeeded fires once a whole period and its margin passed without any success
        assertThat(alerts.get("SlipwayBackupNeverSucceeded").expr())
                .isEqualTo("absent(velero_backup_last_successful_timestamp{schedule=\"velero-blue-cluster\"})");
        assertThat(alerts.get("SlipwayBackupNeverSucceeded").forDuration()).isEqualTo("30h");
    }

    @Test
    void rulesRefuseMissingSeverityOrDuration() {
        // GIVEN / WHEN / THEN malformed rules are refused when defined
        assertThatThrownBy(() -> new AlertRule("SlipwayX", "up == 0", "5m", "page", "s")).hasMessageContaining("severity");
        assertThatThrownBy(() -> new AlertRule("SlipwayX", "up == 0", "soon", "warning", "s")).hasMessageContaining("for 'soon'");
        assertThat(List.of(new AlertRule("SlipwayX", "up == 0", "5m", "warning", "s").toRule("https://x/alerts/")))
                .singleElement().satisfies(r -> assertThat(r).containsEntry("for", "5m"));
    }
}
