package io.slipway.platform;

import io.slipway.addons.lock.KubernetesVersionRule;
import io.slipway.aws.eks.EksSpecRule;
import io.slipway.gcp.gke.GkeSpecRule;
import io.slipway.model.loading.EnvironmentLoader;
import io.slipway.model.loading.SpecRule;
import io.slipway.review.policy.WaiverRule;
import java.util.List;

/**
 * The loader with every rule of every module: the model's own, plus those only other modules can
 * check (the add-on lock's supported Kubernetes minors, the EKS core add-on pins and admin access,
 * GKE's pool-name limit, the names generated from the stack name). Both {@code pulumi up} and the
 * offline plan load through here, and so
 * does every config write of the upgrade commands, so they accept and refuse the same environments.
 */
public final class SpecRules {
    private SpecRules() {}

    public static EnvironmentLoader loader() {
        return new EnvironmentLoader(rules());
    }

    /** The rules of the other modules, for loaders that add their own (the policy gate). */
    public static List<SpecRule> rules() {
        return List.of(new KubernetesVersionRule(), new EksSpecRule(), new GkeSpecRule(), new GeneratedNamesRule(),
                WaiverRule.builtIn());
    }
}
