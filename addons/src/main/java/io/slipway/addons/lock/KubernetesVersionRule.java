package io.slipway.addons.lock;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.loading.Problem;
import io.slipway.model.loading.SpecRule;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses a slot whose Kubernetes minor the pinned add-ons do not support, before anything is
 * built: a cluster whose add-ons cannot be installed is worse than no cluster.
 */
public final class KubernetesVersionRule implements SpecRule {
    private final AddonLock lock;

    public KubernetesVersionRule(AddonLock lock) {
        this.lock = lock;
    }

    /** The rule against the lock shipped with Slipway. */
    public KubernetesVersionRule() {
        this(AddonLock.load());
    }

    @Override
    public List<Problem> check(EnvironmentSpec spec, String source) {
        var problems = new ArrayList<Problem>();
        spec.slots().forEach((slot, slotSpec) -> {
            String version = slotSpec.kubernetesVersion();
            if (version != null && !lock.supportsMinor(version)) {
                problems.add(new Problem(source, "slots." + slot + ".kubernetesVersion", "Kubernetes '" + version
                        + "' is not supported by the pinned add-ons; supported minors: " + lock.supportedRange()
                        + " (addons/src/main/resources/" + AddonLock.RESOURCE + ")"));
            }
        });
        return problems;
    }
}
