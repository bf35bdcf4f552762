package io.slipway.model.validation.team;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.validation.Findings;
import io.slipway.model.validation.ModelRule;

/** The environment's {@code teams} block: its quota and container defaults are valid Kubernetes quantities. */
public final class TeamSettingsRule implements ModelRule {
    @Override
    public void check(EnvironmentSpec spec, Findings findings) {
        if (spec.teams() == null) {
            return;
        }
        TeamQuotaChecks.checkQuota(spec.teams().quota(), "teams.quota", findings);
        TeamQuotaChecks.checkContainerDefaults(spec.teams().containerDefaults(), "teams.containerDefaults", findings);
    }
}
