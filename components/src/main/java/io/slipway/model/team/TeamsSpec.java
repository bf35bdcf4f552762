package io.slipway.model.team;

import io.slipway.model.Tier;

/**
 * What an environment does with the teams placed in it ({@code teams/<team>.yaml}): the environment's
 * key {@code teams}.
 *
 * @param enabled           create team namespaces on this environment's clusters. @default true
 * @param quota             the quota a team namespace gets unless its team file overrides it, field by field.
 *                          @default the tier's ({@link TeamDefaults})
 * @param containerDefaults the LimitRange defaults of a team namespace, field by field. @default the tier's
 */
public record TeamsSpec(Boolean enabled, TeamQuotaSpec quota, ContainerDefaultsSpec containerDefaults) {
    public TeamsSpec {
        enabled = enabled == null || enabled;
        quota = quota == null ? TeamQuotaSpec.none() : quota;
        containerDefaults = containerDefaults == null ? ContainerDefaultsSpec.none() : containerDefaults;
    }

    public static TeamsSpec defaults() {
        return new TeamsSpec(true, null, null);
    }

    /** The quota of a namespace that overrides nothing, in an environment of this tier. */
    public TeamQuotaSpec quotaFor(Tier tier) {
        return quota.over(TeamDefaults.quota(tier));
    }

    /** The LimitRange defaults of a namespace that overrides nothing, in an environment of this tier. */
    public ContainerDefaultsSpec containerDefaultsFor(Tier tier) {
        return containerDefaults.over(TeamDefaults.containerDefaults(tier));
    }
}
