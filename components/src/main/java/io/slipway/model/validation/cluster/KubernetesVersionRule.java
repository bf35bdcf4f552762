package io.slipway.model.validation.cluster;

import io.slipway.model.Cloud;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.validation.Echo;
import io.slipway.model.validation.Findings;
import io.slipway.model.validation.KeyPaths;
import io.slipway.model.validation.ModelRule;
import java.util.regex.Pattern;

/**
 * Slot versions are {@code MAJOR.MINOR} (EKS takes nothing else); GKE also takes an exact version
 * such as {@code 1.34.1-gke.1829001} to pin one instead of following the release channel.
 */
public final class KubernetesVersionRule implements ModelRule {
    static final Pattern MINOR = Pattern.compile("[1-9]\\d*\\.(0|[1-9]\\d*)");
    static final Pattern GKE_EXACT = Pattern.compile("[1-9]\\d*\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)-gke\\.\\d+");

    @Override
    public void check(EnvironmentSpec spec, Findings findings) {
        spec.slots().forEach((name, slot) -> {
            String version = slot.kubernetesVersion();
            if (version == null || spec.cloud() == null) {
                return;
            }
            String path = KeyPaths.slot(name) + ".kubernetesVersion";
            if (spec.cloud() == Cloud.AWS && !MINOR.matcher(version).matches()) {
                findings.error(path, Echo.quote(version) + " is not an EKS version; expected MAJOR.MINOR, e.g. \"1.34\"");
            }
            if (spec.cloud() == Cloud.GCP && !MINOR.matcher(version).matches() && !GKE_EXACT.matcher(version).matches()) {
                findings.error(path, Echo.quote(version) + " is not a GKE version; expected MAJOR.MINOR (\"1.34\") "
                        + "or an exact GKE version (\"1.34.1-gke.1829001\")");
            }
        });
    }
}
