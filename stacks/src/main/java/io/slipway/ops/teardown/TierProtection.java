package io.slipway.ops.teardown;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.Tier;
import io.slipway.ops.RefusedException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which tiers the destructive commands ({@code destroy}, {@code drill cluster-loss}) refuse unless
 * the operator names the tier: staging and prod, whose outage someone other than the environment's
 * owner notices ({@link Tier#isProductionLike()}). Naming it ({@code --allow-tier staging}) is
 * per tier, so allowing staging never allows prod.
 */
public final class TierProtection {
    private TierProtection() {}

    /** Refuses unless the environment's tier is unprotected or among {@code allowed}. */
    public static void require(String environment, EnvironmentSpec spec, Set<Tier> allowed, String action) {
        if (spec.tier().isProductionLike() && !allowed.contains(spec.tier())) {
            String tier = spec.tier().name().toLowerCase();
            throw new RefusedException(environment + " is a " + tier + "-tier environment, which is protected; to " + action
                    + " it anyway, add --allow-tier " + tier + (spec.tier() == Tier.PROD ? " (or --allow-prod)" : ""));
        }
    }

    /** The tiers a command line allows: {@code --allow-tier} values plus prod for the older {@code --allow-prod}. */
    public static Set<Tier> allowed(Set<Tier> tiers, boolean allowProd) {
        Set<Tier> allowed = tiers == null || tiers.isEmpty() ? EnumSet.noneOf(Tier.class) : EnumSet.copyOf(tiers);
        if (allowProd) {
            allowed.add(Tier.PROD);
        }
        return allowed;
    }
}
