package io.slipway.model.team;

import io.slipway.model.Tier;

/**
 * The platform's built-in team namespace defaults per tier: enough for a small service in dev, room
 * for a few replicas in staging and prod. No LoadBalancer Services by default: teams are reached
 * through the shared ingress, and every load balancer costs money and bypasses it.
 */
public final class TeamDefaults {
    private TeamDefaults() {}

    public static TeamQuotaSpec quota(Tier tier) {
        return switch (tier) {
            case DEV -> new TeamQuotaSpec("2", "4Gi", "4", "8Gi", 30, 0, 5, "20Gi");
            case STAGING -> new TeamQuotaSpec("4", "8Gi", "8", "16Gi", 50, 0, 10, "50Gi");
            case PROD -> new TeamQuotaSpec("8", "16Gi", "16", "32Gi", 100, 0, 20, "200Gi");
        };
    }

    public static ContainerDefaultsSpec containerDefaults(Tier tier) {
        return switch (tier) {
            case DEV -> new ContainerDefaultsSpec("50m", "64Mi", "500m", "256Mi");
            case STAGING, PROD -> new ContainerDefaultsSpec("100m", "128Mi", "1", "512Mi");
        };
    }
}
