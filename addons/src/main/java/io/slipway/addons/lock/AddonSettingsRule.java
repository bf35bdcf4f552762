package io.slipway.addons.lock;

import io.slipway.cluster.EnvironmentContext;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.Problem;
import io.slipway.model.SpecRule;
import io.slipway.model.addons.AddonsSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks the {@code addons:} settings the add-on components depend on, so a mistake is reported
 * with its file and key path before anything is built, never as a failure halfway through a run.
 */
public final class AddonSettingsRule implements SpecRule {
    static final Set<String> DNS_POLICIES = Set.of("upsert-only", "sync", "create-only");

    /**
     * Refuses to build an add-on from settings with a problem under {@code keyPrefix}: the loader reports these
     * first, this guards a program that was handed a spec without the rule.
     */
    public static void requireValid(EnvironmentContext environment, String keyPrefix) {
        new AddonSettingsRule().check(environment.spec(), "environments/Pulumi." + environment.name() + ".yaml").stream()
                .filter(problem -> problem.path().startsWith(keyPrefix))
                .findFirst()
                .ifPresent(problem -> {
                    throw new IllegalArgumentException(problem.render());
                });
    }

    @Override
    public List<Problem> check(EnvironmentSpec spec, String source) {
        var problems = new ArrayList<Problem>();
        AddonsSpec addons = spec.addons();
        if (addons.certManager().enabled()) {
            String email = addons.certManager().acmeEmail();
            if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                problems.add(new Problem(source, "addons.certManager.acmeEmail", (email == null ? "missing" : "'" + email + "' is not an e-mail address")
                        + ": Let's Encrypt writes to it about expiring certificates (or set addons.certManager.enabled: false)"));
            }
        }
        if (addons.externalDns().enabled() && !DNS_POLICIES.contains(addons.externalDns().policy())) {
            problems.add(new Problem(source, "addons.externalDns.policy", "'" + addons.externalDns().policy() + "' is not one of "
                    + DNS_POLICIES.stream().sorted().toList()));
        }
        var backups = addons.backups();
        if (backups.enabled()) {
            if (backups.schedule().trim().split("\\s+").length != 5) {
                problems.add(new Problem(source, "addons.backups.schedule", "'" + backups.schedule()
                        + "' is not a five-field cron expression like \"0 3 * * *\" (daily at 03:00 UTC)"));
            }
            if (backups.retentionDays() < 1) {
                problems.add(new Problem(source, "addons.backups.retentionDays", "must be at least 1, got " + backups.retentionDays()));
            }
        }
        var monitoring = addons.monitoring();
        if (monitoring.enabled()) {
            if (!monitoring.retention().matches("\\d+[smhdwy]")) {
                problems.add(new Problem(source, "addons.monitoring.retention", "'" + monitoring.retention()
                        + "' is not a Prometheus duration like 10d or 12h"));
            }
            if (monitoring.storageGb() < 1) {
                problems.add(new Problem(source, "addons.monitoring.storageGb", "must be at least 1, got " + monitoring.storageGb()));
            }
            if (monitoring.pendingPodsMinutes() < 1) {
                problems.add(new Problem(source, "addons.monitoring.pendingPodsMinutes", "must be at least 1, got " + monitoring.pendingPodsMinutes()));
            }
            if (!monitoring.runbookBaseUrl().startsWith("https://")) {
                problems.add(new Problem(source, "addons.monitoring.runbookBaseUrl", "'" + monitoring.runbookBaseUrl() + "' must be an https:// URL"));
            }
        }
        var ingress = addons.ingress();
        if (ingress.enabled() && ingress.replicas() != null && ingress.replicas() < 1) {
            problems.add(new Problem(source, "addons.ingress.replicas", "must be at least 1, got " + ingress.replicas()));
        }
        return problems;
    }
}
