package io.slipway.model.validation.cloud;

import io.slipway.model.Cloud;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.cloud.GcpSpec;
import io.slipway.model.cloud.LocationMode;
import io.slipway.model.network.ExistingGcpNetworkSpec;
import io.slipway.model.validation.Echo;
import io.slipway.model.validation.Findings;
import io.slipway.model.validation.ModelRule;
import io.slipway.model.validation.ValueShapes;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * GCP names and settings: project id, region and zone names (the zone in the region), the cluster's
 * release channel, maintenance window start and autoscaling profile, and an existing network's names.
 */
public final class GcpSettingsRule implements ModelRule {
    static final Pattern PROJECT_ID = Pattern.compile("[a-z][a-z0-9-]{4,28}[a-z0-9]");
    static final Pattern REGION = Pattern.compile("[a-z]+-[a-z]+\\d{1,2}");
    private static final Pattern ZONE = Pattern.compile("([a-z]+-[a-z]+\\d{1,2})-[a-z]");
    private static final Pattern HH_MM = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final String LINK_START = "(https://www\\.googleapis\\.com/compute/v1/)?projects/[a-z0-9-]+/";
    private static final String NAME = "[a-z]([-a-z0-9]{0,61}[a-z0-9])?";
    private static final Pattern RESOURCE_NAME = Pattern.compile(NAME);
    private static final Pattern NETWORK_LINK = Pattern.compile(LINK_START + "global/networks/" + NAME);
    private static final Pattern SUBNET_LINK = Pattern.compile(LINK_START + "regions/([a-z0-9-]+)/subnetworks/" + NAME);
    private static final Set<String> CHANNELS = Set.of("RAPID", "REGULAR", "STABLE");
    private static final String RBAC_GROUP_PREFIX = "gke-security-groups@";
    private static final Set<String> PROFILES = Set.of("BALANCED", "OPTIMIZE_UTILIZATION");
    /** Google Groups for RBAC reads exactly this group of the organization's domain. */
    @Override
    public void check(EnvironmentSpec spec, Findings findings) {
        if (spec.cloud() != Cloud.GCP) {
            return;
        }
        if (spec.region() != null && !REGION.matcher(spec.region()).matches()) {
            findings.error("region", Echo.quote(spec.region())
                    + " is not a GCP region name; expected e.g. europe-west1 or us-central1");
        }
        GcpSpec gcp = spec.gcp();
        if (gcp == null) {
            return;
        }
        if (gcp.project() != null && !PROJECT_ID.matcher(gcp.project()).matches()) {
            findings.error("gcp.project", Echo.quote(gcp.project()) + " is not a GCP project id; 6 to 30 lower-case letters, "
                    + "digits and hyphens, starting with a letter, not ending with a hyphen");
        }
        checkZone(spec.region(), gcp, findings);
        if (!CHANNELS.contains(gcp.releaseChannel())) {
            findings.error("gcp.releaseChannel", "invalid value " + Echo.quote(gcp.releaseChannel())
                    + "; valid: RAPID, REGULAR, STABLE");
        }
        if (!HH_MM.matcher(gcp.maintenanceStartTime()).matches()) {
            findings.error("gcp.maintenanceStartTime", Echo.quote(gcp.maintenanceStartTime())
                    + " is not a time of day; expected HH:MM (UTC), e.g. 03:00");
        }
        if (!PROFILES.contains(gcp.autoscalingProfile())) {
            findings.error("gcp.autoscalingProfile", "invalid value " + Echo.quote(gcp.autoscalingProfile())
                    + "; valid: BALANCED, OPTIMIZE_UTILIZATION");
        }
        if (gcp.rbacSecurityGroup() != null && !(gcp.rbacSecurityGroup().startsWith(RBAC_GROUP_PREFIX)
                && ValueShapes.isEmail(gcp.rbacSecurityGroup()))) {
            findings.error("gcp.rbacSecurityGroup", Echo.quote(gcp.rbacSecurityGroup()) + " is not a Google Groups for RBAC "
                    + "security group; GKE requires gke-security-groups@<your domain>");
        }
        if (gcp.existingNetwork() != null) {
            checkExistingNetwork(gcp.existingNetwork(), spec.region(), findings);
        }
    }

    private static void checkZone(String region, GcpSpec gcp, Findings findings) {
        if (gcp.zone() == null) {
            if (gcp.locationMode() == LocationMode.ZONAL && region != null) {
                findings.error("gcp.zone", "missing: a zonal cluster needs its zone, e.g. " + region
                        + "-b; zones differ per region (europe-west1 has b, c and d)");
            }
            return;
        }
        var zone = ZONE.matcher(gcp.zone());
        if (!zone.matches()) {
            findings.error("gcp.zone", Echo.quote(gcp.zone())
                    + " is not a GCP zone name; expected <region>-<letter>, e.g. europe-west1-b");
        } else if (region != null && !zone.group(1).equals(region)) {
            findings.error("gcp.zone", "zone " + Echo.quote(gcp.zone()) + " is not in region " + Echo.quote(region)
                    + "; expected " + region + "-a, -b, ...");
        }
        if (gcp.locationMode() != LocationMode.ZONAL) {
            findings.error("gcp.zone", "a zone is set but locationMode is regional; set locationMode: zonal or remove the zone");
        }
    }

    private static void checkExistingNetwork(ExistingGcpNetworkSpec network, String region, Findings findings) {
        String path = "gcp.existingNetwork";
        if (network.network() != null && !RESOURCE_NAME.matcher(network.network()).matches()
                && !NETWORK_LINK.matcher(network.network()).matches()) {
            findings.error(path + ".network", Echo.quote(network.network())
                    + " is not a network name or projects/<p>/global/networks/<name>");
        }
        if (network.subnetwork() != null) {
            var link = SUBNET_LINK.matcher(network.subnetwork());
            if (link.matches() && region != null && !link.group(2).equals(region)) {
                findings.error(path + ".subnetwork", "subnetwork is in region " + Echo.quote(link.group(2))
                        + ", not the environment's " + Echo.quote(region));
            } else if (!link.matches() && !RESOURCE_NAME.matcher(network.subnetwork()).matches()) {
                findings.error(path + ".subnetwork", Echo.quote(network.subnetwork())
                        + " is not a subnetwork name or projects/<p>/regions/<r>/subnetworks/<name>");
            }
        }
        checkRangeName(network.podsRangeName(), path + ".podsRangeName", findings);
        checkRangeName(network.servicesRangeName(), path + ".servicesRangeName", findings);
    }

    private static void checkRangeName(String name, String path, Findings findings) {
        if (name != null && !RESOURCE_NAME.matcher(name).matches()) {
            findings.error(path, Echo.quote(name)
                    + " is not a secondary range name; lower-case letters, digits and hyphens, starting with a letter");
        }
    }
}
