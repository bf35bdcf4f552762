package io.slipway.model.cloud;

import io.slipway.model.Required;
import io.slipway.model.Tier;
import io.slipway.model.network.ExistingGcpNetworkSpec;

/**
 * Settings only GCP environments have. Required when {@code cloud: gcp}.
 *
 * @param project             the GCP project id. Required.
 * @param locationMode        {@code regional} control plane, or {@code zonal} (one zone, for dev). @default regional
 * @param zone                the zone of a zonal cluster; required when locationMode is zonal, refused otherwise
 *                            (zones differ per region: europe-west1 has no -a). @default null
 * @param releaseChannel      RAPID, REGULAR or STABLE; used when a slot gives only MAJOR.MINOR. @default REGULAR
 * @param deletionProtection  refuse to delete the cluster. @default true for prod, false otherwise
 * @param podsCidr            secondary range for pods. @default 10.64.0.0/14
 * @param servicesCidr        secondary range for services. @default 10.68.0.0/20
 * @param masterCidr          the control plane's private /28. @default 172.16.0.0/28
 * @param maintenanceStartTime daily maintenance window start, {@code HH:MM} UTC. @default 03:00
 * @param autoscalingProfile  GKE cluster autoscaler profile, BALANCED or OPTIMIZE_UTILIZATION. @default OPTIMIZE_UTILIZATION
 * @param existingNetwork     use this network instead of creating one. @default null (create one)
 * @param rbacSecurityGroup   the Google Groups for RBAC security group ({@code gke-security-groups@<your domain>}),
 *                            so RoleBindings can name Google groups (team owners). @default null (groups are not
 *                            resolved; bind users only)
 */
public record GcpSpec(
        @Required String project,
        LocationMode locationMode,
        String zone,
        String releaseChannel,
        Boolean deletionProtection,
        String podsCidr,
        String servicesCidr,
        String masterCidr,
        String maintenanceStartTime,
        String autoscalingProfile,
        ExistingGcpNetworkSpec existingNetwork,
        String rbacSecurityGroup) {

    public GcpSpec {
        locationMode = locationMode == null ? LocationMode.REGIONAL : locationMode;
        releaseChannel = releaseChannel == null ? "REGULAR" : releaseChannel;
        podsCidr = podsCidr == null ? "10.64.0.0/14" : podsCidr;
        servicesCidr = servicesCidr == null ? "10.68.0.0/20" : servicesCidr;
        masterCidr = masterCidr == null ? "172.16.0.0/28" : masterCidr;
        maintenanceStartTime = maintenanceStartTime == null ? "03:00" : maintenanceStartTime;
        autoscalingProfile = autoscalingProfile == null ? "OPTIMIZE_UTILIZATION" : autoscalingProfile;
    }

    /** Deletion protection as configured, else on for prod only (so dev and staging destroy cleanly). */
    public boolean deletionProtectionFor(Tier tier) {
        return deletionProtection != null ? deletionProtection : tier == Tier.PROD;
    }
}
