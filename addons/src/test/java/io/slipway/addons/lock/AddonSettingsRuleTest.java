package io.slipway.addons.lock;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.addons.Fixtures;
import io.slipway.model.Problem;
import org.junit.jupiter.api.Test;

class AddonSettingsRuleTest {

    @Test
    void everyBadSettingIsReportedAtOnceWithItsKeyPath() {
        // GIVEN an environment with one mistake per add-on setting
        var yaml = Fixtures.AWS.formatted("dev", """
                externalDns: {policy: upsert}
                  backups: {schedule: daily, retentionDays: 0}
                  monitoring: {retention: ten days, storageGb: 0, pendingPodsMinutes: 0, runbookBaseUrl: "docs/runbooks"}
                  ingress: {replicas: 0}""").replace("certManager: {acmeEmail: platform@example.com}", "certManager: {acmeEmail: nobody}");

        // WHEN the rule checks it
        var problems = new AddonSettingsRule().check(Fixtures.load(yaml).spec(), "environments/Pulumi.dev.yaml");

        // THEN every problem is named by its key path
        assertThat(problems).extracting(Problem::path).containsExactly(
                "addons.certManager.acmeEmail", "addons.externalDns.policy", "addons.backups.schedule", "addons.backups.retentionDays",
                "addons.monitoring.retention", "addons.monitoring.storageGb", "addons.monitoring.pendingPodsMinutes",
                "addons.monitoring.runbookBaseUrl", "addons.ingress.replicas");
        assertThat(problems.get(1).render()).isEqualTo(
                "environments/Pulumi.dev.yaml: addons.externalDns.policy: 'upsert' is not one of [create-only, sync, upsert-only]");
    }

    @Test
    void defaultsAndDisabledAddonsPass() {
        // GIVEN the defaults, and a disabled cert-manager without e-mail WHEN checked THEN nothing is reported
        assertThat(new AddonSettingsRule().check(Fixtures.aws("dev", "").spec(), "f")).isEmpty();
        var withoutCerts = Fixtures.AWS.formatted("dev", "").replace("certManager: {acmeEmail: platform@example.com}", "certManager: {enabled: false}");
        assertThat(new AddonSettingsRule().check(Fixtures.load(withoutCerts).spec(), "f")).isEmpty();
    }
}
