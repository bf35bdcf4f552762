package io.slipway.model.validation.operations;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.addons.AddonsSpec;
import io.slipway.model.validation.Echo;
import io.slipway.model.validation.Findings;
import io.slipway.model.validation.ModelRule;
import io.slipway.model.validation.NumberBounds;
import io.slipway.model.validation.ValueShapes;
import java.util.Set;

/** Add-on settings: what each enabled add-on needs to install and run as configured (number ranges: {@link NumberBounds}). */
public final class AddonRule implements ModelRule {
    public static final Set<String> EXTERNAL_DNS_POLICIES = Set.of("upsert-only", "sync", "create-only");

    @Override
    public void check(EnvironmentSpec spec, Findings findings) {
        AddonsSpec addons = spec.addons();
        var certManager = addons.certManager();
        if (certManager.enabled() && certManager.acmeEmail() == null) {
            findings.error("addons.certManager.acmeEmail", "missing: cert-manager is enabled and Let's Encrypt needs an "
                    + "address for expiry notices, e.g. platform-team@example.com (or set enabled: false)");
        } else if (certManager.acmeEmail() != null && !ValueShapes.isEmail(certManager.acmeEmail())) {
            findings.error("addons.certManager.acmeEmail", Echo.quote(certManager.acmeEmail()) + " is not an email address");
        }
        if (!EXTERNAL_DNS_POLICIES.contains(addons.externalDns().policy())) {
            findings.error("addons.externalDns.policy", "invalid value " + Echo.quote(addons.externalDns().policy())
                    + "; valid: upsert-only, sync, create-only");
        }
        String cronProblem = CronSchedule.problem(addons.backups().schedule());
        if (cronProblem != null) {
            findings.error("addons.backups.schedule", cronProblem);
        }
        String retentionProblem = ValueShapes.durationProblem(addons.monitoring().retention());
        if (retentionProblem != null) {
            findings.error("addons.monitoring.retention", retentionProblem);
        }
        String urlProblem = ValueShapes.httpsBaseUrlProblem(addons.monitoring().runbookBaseUrl());
        if (urlProblem != null) {
            findings.error("addons.monitoring.runbookBaseUrl", urlProblem
                    + "; alerts link their runbooks as <runbookBaseUrl>/<alert>.md");
        }
    }

    @Override
    public String scope() {
        return "addons";
    }
}
