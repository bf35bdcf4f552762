package io.slipway.model.validation;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.addons.AddonsSpec;
import java.util.Set;
import java.util.regex.Pattern;

/** Add-on settings: what each enabled add-on needs to install and run as configured. */
final class AddonRule implements ModelRule {
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PROMETHEUS_DURATION = Pattern.compile("(\\d+(ms|s|m|h|d|w|y))+");
    private static final Set<String> EXTERNAL_DNS_POLICIES = Set.of("upsert-only", "sync", "create-only");

    @Override
    public void check(EnvironmentSpec spec, Findings findings) {
        AddonsSpec addons = spec.addons();
        var certManager = addons.certManager();
        if (certManager.enabled() && certManager.acmeEmail() == null) {
            findings.error("addons.certManager.acmeEmail", "missing: cert-manager is enabled and Let's Encrypt needs an "
                    + "address for expiry notices, e.g. platform-team@example.com (or set enabled: false)");
        } else if (certManager.acmeEmail() != null && !EMAIL.matcher(certManager.acmeEmail()).matches()) {
            findings.error("addons.certManager.acmeEmail", Echo.quote(certManager.acmeEmail()) + " is not an email address");
        }
        if (!EXTERNAL_DNS_POLICIES.contains(addons.externalDns().policy())) {
            findings.error("addons.externalDns.policy", "invalid value " + Echo.quote(addons.externalDns().policy()) + "; valid: upsert-only, sync, create-only");
        }
        String cronProblem = CronSchedule.problem(addons.backups().schedule());
        if (cronProblem != null) {
            findings.error("addons.backups.schedule", cronProblem);
        }
        atLeastOne(addons.backups().retentionDays(), "addons.backups.retentionDays", findings);
        String retention = addons.monitoring().retention();
        if (!PROMETHEUS_DURATION.matcher(retention).matches() || retention.matches("(0+[a-z]+)+")) {
            findings.error("addons.monitoring.retention", Echo.quote(retention) + " is not a Prometheus duration; expected a "
                    + "number and a unit (ms, s, m, h, d, w, y), e.g. 10d or 12h");
        }
        atLeastOne(addons.monitoring().storageGb(), "addons.monitoring.storageGb", findings);
        atLeastOne(addons.monitoring().pendingPodsMinutes(), "addons.monitoring.pendingPodsMinutes", findings);
        atLeastOne(addons.ingress().replicas(), "addons.ingress.replicas", findings);
        String runbooks = addons.monitoring().runbookBaseUrl();
        if (!runbooks.matches("https://[^\\s]+")) {
            findings.error("addons.monitoring.runbookBaseUrl", Echo.quote(runbooks) + " is not an https:// URL; alerts link "
                    + "their runbooks as <runbookBaseUrl>/<alert>.md");
        }
    }

    private static void atLeastOne(Integer value, String path, Findings findings) {
        if (value != null && value < 1) {
            findings.error(path, value + " is too small; expected 1 or more");
        }
    }
}
