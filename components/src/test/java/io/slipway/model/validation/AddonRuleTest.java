package io.slipway.model.validation;

import static io.slipway.model.EnvironmentFixture.assertHasProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.EnvironmentFixture;
import io.slipway.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddonRuleTest {
    @Test
    void certManagerNeedsAnAcmeEmailWhenEnabled() {
        // GIVEN cert-manager enabled without an address, and one with a malformed address
        var missing = EnvironmentFixture.aws().set("addons.certManager", "{enabled: true}");
        var malformed = EnvironmentFixture.aws().set("addons.certManager.acmeEmail", "platform-team");
        // WHEN / THEN
        missing.assertProblem("addons.certManager.acmeEmail", "missing: cert-manager is enabled");
        malformed.assertProblem("addons.certManager.acmeEmail", "'platform-team' is not an email address");
        // AND disabled cert-manager needs none
        EnvironmentFixture.aws().set("addons.certManager", "{enabled: false}").assertValid();
    }

    @Test
    void addonValuesOutOfRangeAreReportedTogether() {
        // GIVEN a bad external-dns policy, a 6-field cron, 0 retention days, a bad Prometheus duration, 0 GiB and 0 replicas
        var fixture = EnvironmentFixture.aws().set("addons", """
                certManager: {acmeEmail: platform-team@example.com}
                externalDns: {policy: delete}
                backups: {schedule: "0 0 3 * * *", retentionDays: 0}
                monitoring: {retention: 10 days, storageGb: 0, runbookBaseUrl: "http://wiki.internal/runbooks"}
                ingress: {replicas: 0}
                """);
        // WHEN it is loaded
        List<Problem> problems = fixture.problems();
        // THEN every one is reported
        assertHasProblem(problems, "addons.externalDns.policy", "invalid value 'delete'; valid: upsert-only, sync, create-only");
        assertHasProblem(problems, "addons.backups.schedule", "has 6 fields; expected 5");
        assertHasProblem(problems, "addons.backups.retentionDays", "0 is too small; expected 1 or more");
        assertHasProblem(problems, "addons.monitoring.retention", "'10 days' is not a Prometheus duration");
        assertHasProblem(problems, "addons.monitoring.storageGb", "0 is too small");
        assertHasProblem(problems, "addons.ingress.replicas", "0 is too small");
        assertHasProblem(problems, "addons.monitoring.runbookBaseUrl", "'http://wiki.internal/runbooks' is not an https:// URL");
    }

    @Test
    void cronFieldsAreCheckedAgainstTheirRanges() {
        // GIVEN an hour of 24
        var fixture = EnvironmentFixture.aws().set("addons.backups", "{schedule: '0 24 * * *'}");
        // WHEN / THEN the field is named
        fixture.assertProblem("addons.backups.schedule", "'24' is not a valid hour field");
    }

    @Test
    void validAddonSettingsLoad() {
        // GIVEN steps, ranges, lists and names in the cron, and compound durations
        var fixture = EnvironmentFixture.aws().set("addons", """
                certManager: {acmeEmail: platform-team@example.com}
                externalDns: {policy: create-only}
                backups: {schedule: "*/30 1-5,22 * JAN-DEC MON-FRI", retentionDays: 1}
                monitoring: {retention: 1w2d12h, storageGb: 1}
                ingress: {replicas: 3}
                """);
        // WHEN / THEN it loads
        assertThat(fixture.assertValid().spec().addons().monitoring().retention()).isEqualTo("1w2d12h");
    }
}
