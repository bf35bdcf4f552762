package io.slipway.model.validation;

import io.slipway.model.ApiAccessSpec;
import io.slipway.model.EnvironmentSpec;
import java.util.List;

/** Opening the Kubernetes API to 0.0.0.0/0 takes an explicit {@code allowInternet: true}. */
final class ApiAccessRule implements ModelRule {
    @Override
    public void check(EnvironmentSpec spec, Findings findings) {
        List<String> cidrs = spec.apiAccess().publicCidrs();
        for (int i = 0; i < cidrs.size(); i++) {
            if (ApiAccessSpec.INTERNET.equals(cidrs.get(i)) && !spec.apiAccess().allowInternet()) {
                findings.error(KeyPaths.element("apiAccess.publicCidrs", i), "0.0.0.0/0 opens the Kubernetes API to the "
                        + "whole internet; list your networks instead, or set apiAccess.allowInternet: true to mean it");
            }
        }
    }
}
