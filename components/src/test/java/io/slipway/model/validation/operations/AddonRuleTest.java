package io.slipway.model.validation.operations;

import static io.slipway.model.EnvironmentFixture.assertHasProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.EnvironmentFixture;
import io.slipway.model.loading.Problem;
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
        assertHasProblem(problems, "addons.backups.retentionDays", "out of range: the number 0 is outside 1..3650");
        assertHasProblem(problems, "addons.monitoring.retention", "'10 days' is not a Prometheus duration");
        assertHasProblem(problems, "addons.monitoring.storageGb", "out of range: the number 0 is outside 1..16384");
        assertHasProblem(problems, "addons.ingress.replicas", "out of range: the number 0 is outside 1..50");
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

    @Test
    void schedulesAreReadAsVelerosCronParserReadsThem() {
        // GIVEN day-of-week 7, the 31st of February, a backwards range and a zero step; then valid forms
        String path = "addons.backups.schedule";
        EnvironmentFixture.aws().set(path, "'0 3 * * 7'").assertProblem(path, "'7' is not a valid day of week field");
        EnvironmentFixture.aws().set(path, "'0 3 31 2 *'").assertProblem(path, "never runs");
        EnvironmentFixture.aws().set(path, "'0 3 30,31 2,4 *'").assertValid();
        EnvironmentFixture.aws().set(path, "'0 5-1 * * *'").assertProblem(path, "the range 5-1 runs backwards");
        EnvironmentFixture.aws().set(path, "'*/0 * * * *'").assertProblem(path, "a step must be a number above 0");
        EnvironmentFixture.aws().set(path, "'0 3 29 2 *'").assertValid();
        EnvironmentFixture.aws().set(path, "'CRON_TZ=Europe/Berlin 0 3 * * SUN'").assertValid();
        EnvironmentFixture.aws().set(path, "'@every 6h'").assertValid();
        EnvironmentFixture.aws().set(path, "'TZ=Mars/Olympus 0 3 * * *'").assertProblem(path, "'Mars/Olympus' is not a time zone");
    }

    @Test
    void runbookBaseUrlIsAPlainHttpsUrlWithoutTemplateSyntax() {
        String path = "addons.monitoring.runbookBaseUrl";
        EnvironmentFixture.aws().set(path, "'https://wiki.example.com/{{ $labels.job }}'").assertProblem(path, "template syntax");
        EnvironmentFixture.aws().set(path, "'https://wiki.example.com/runbooks?x=1'").assertProblem(path, "a query");
        EnvironmentFixture.aws().set(path, "'https://wiki.example.com/runbooks/'").assertProblem(path, "trailing slash");
        EnvironmentFixture.aws().set(path, "'https://localhost/runbooks'").assertProblem(path, "with a host name");
        EnvironmentFixture.aws().set(path, "'https://wiki.example.com/platform/runbooks'").assertValid();
    }

    @Test
    void retentionIsAPrometheusDurationOfAtMostTenYears() {
        String path = "addons.monitoring.retention";
        EnvironmentFixture.aws().set(path, "11y").assertProblem(path, "'11y' is longer than 10 years");
        EnvironmentFixture.aws().set(path, "3d1w").assertProblem(path, "largest first");
        EnvironmentFixture.aws().set(path, "0d").assertProblem(path, "is zero");
        EnvironmentFixture.aws().set(path, "1w3d12h").assertValid();
    }

    @Test
    void longValuesAreRefusedWithoutOverflowingTheStack() {
        // GIVEN values long enough to overflow the old recursive patterns, just under the global length cap
        String longEmail = "a@" + "b.".repeat(500) + "com";
        String longDuration = "1d".repeat(500);
        // WHEN / THEN clear problems, not a crash
        EnvironmentFixture.aws().set("addons.certManager.acmeEmail", "'" + longEmail + "'")
                .assertProblem("addons.certManager.acmeEmail", "is not an email address");
        EnvironmentFixture.aws().set("addons.monitoring.retention", longDuration)
                .assertProblem("addons.monitoring.retention", "is not a Prometheus duration");
        EnvironmentFixture.gcp().set("slots.blue.nodePools[0].instanceTypes", "['" + "e2-x".repeat(250) + "']")
                .assertProblem("slots.blue.nodePools[0].instanceTypes[0]", "is not a GCP machine type");
    }
}
