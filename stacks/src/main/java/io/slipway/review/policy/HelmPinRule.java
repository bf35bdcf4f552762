package io.slipway.review.policy;

import static io.slipway.review.policy.Checks.each;
import static io.slipway.review.policy.Severity.HIGH;

import io.slipway.addons.lock.AddonLock;
import io.slipway.addons.lock.AddonPin;
import java.util.Optional;

/** Helm releases install exactly what the add-on lock pins. */
final class HelmPinRule {
    private HelmPinRule() {}

    static PolicyRule rule(AddonLock lock) {
        return new PolicyRule("SLW-K8S-001", HIGH, "Helm charts pinned to the exact version in the add-on lock",
                "A floating or hand-edited chart version changes clusters without review and makes rebuilds differ.",
                "none (Slipway's add-on lock; checkov has no Pulumi Helm check)", g -> each(g, "kubernetes:helm.sh/v3:Release", r -> {
                    String chart = Inputs.text(r, "chart").orElse("");
                    String version = Inputs.text(r, "version").orElse("");
                    Optional<AddonPin> pin = lock.pins().values().stream().filter(p -> p.chart().equals(chart)).findFirst();
                    if (pin.isEmpty()) {
                        return "chart '" + chart + "' is not in the add-on lock";
                    }
                    if (!pin.get().version().equals(version)) {
                        return "chart " + chart + " version '" + version + "' is not the locked " + pin.get().version();
                    }
                    String repository = Inputs.text(r, "repositoryOpts.repo").orElse("");
                    return chart.startsWith("oci://") || pin.get().repository().equals(repository) ? null
                            : "chart " + chart + " comes from '" + repository + "', not the locked " + pin.get().repository();
                }));
    }
}
