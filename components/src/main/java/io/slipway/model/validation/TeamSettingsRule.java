package io.slipway.model.validation;

import io.slipway.model.EnvironmentSpec;

/** The environment's {@code teams} block: its quota and container defaults are valid Kubernetes quantities. */
final class TeamSettingsRule implements ModelRule {
    @Override
    public void check(EnvironmentSpec spec, Findings findings) {
        if (spec.teams() == null) {
            return;
        }
        TeamQuotaChecks.checkQuota(spec.teams().quota(), "teams.quota", findings);
        TeamQuotaChecks.checkContainerDefaults(spec.teams().containerDefaults(), "teams.containerDefaults", findings);
    }
}
