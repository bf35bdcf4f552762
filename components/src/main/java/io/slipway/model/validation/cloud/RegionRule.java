package io.slipway.model.validation.cloud;

import io.slipway.model.Cloud;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.cloud.GcpSpec;
import io.slipway.model.cloud.LocationMode;
import io.slipway.model.network.ExistingVpcSpec;
import io.slipway.model.validation.Echo;
import io.slipway.model.validation.Findings;
import io.slipway.model.validation.KeyPaths;
import io.slipway.model.validation.ModelRule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The region is one Slipway supports ({@link RegionCatalog}), and what the environment asks of it
 * exists there: no more zones than the region has (the program would otherwise fail halfway through
 * {@code pulumi up}), at least two on EKS (the control plane needs subnets in two zones), a zonal GKE
 * cluster's zone among the region's. An existing VPC brings its own subnets: at least two distinct
 * private subnets, which must then lie in two zones.
 */
public final class RegionRule implements ModelRule {
    static final int EKS_MIN_ZONES = 2;

    @Override
    public void check(EnvironmentSpec spec, Findings findings) {
        if (spec.cloud() == null || spec.region() == null || !wellFormed(spec)) {
            return; // the settings rules report a malformed region name
        }
        var zones = RegionCatalog.shipped().zonesOf(spec.cloud(), spec.region());
        if (zones.isEmpty()) {
            findings.error("region", Echo.quote(spec.region()) + " is not a region Slipway supports on "
                    + spec.cloud().name().toLowerCase()
                    + "; supported: " + String.join(", ", RegionCatalog.shipped().regions(spec.cloud()))
                    + " (add it to components/src/main/resources" + RegionCatalog.RESOURCE + ")");
            return;
        }
        checkZoneCount(spec, zones.get(), findings);
        if (spec.cloud() == Cloud.GCP && spec.gcp() != null) {
            checkGkeZone(spec.gcp(), spec.region(), zones.get(), findings);
        }
        if (spec.cloud() == Cloud.AWS && spec.aws() != null && spec.aws().existingVpc() != null) {
            checkExistingSubnets(spec.aws().existingVpc(), findings);
        }
    }

    private static boolean wellFormed(EnvironmentSpec spec) {
        var shape = spec.cloud() == Cloud.AWS ? AwsSettingsRule.REGION : GcpSettingsRule.REGION;
        return spec.region().length() <= 64 && shape.matcher(spec.region()).matches();
    }

    private static void checkZoneCount(EnvironmentSpec spec, List<String> zones, Findings findings) {
        boolean ownNetwork = spec.cloud() == Cloud.AWS ? spec.aws() == null || spec.aws().existingVpc() == null
                : spec.gcp() == null || spec.gcp().locationMode() == LocationMode.REGIONAL;
        int wanted = spec.network().zones();
        if (ownNetwork && wanted > zones.size()) {
            findings.error("network.zones", wanted + " zones, but " + spec.region() + " has " + zones.size()
                    + "; set network.zones to at most " + zones.size());
        }
        if (spec.cloud() == Cloud.AWS && ownNetwork && wanted < EKS_MIN_ZONES) {
            findings.error("network.zones", wanted + " zone; EKS needs subnets in at least " + EKS_MIN_ZONES
                    + " zones for its control plane, set network.zones: 2 or more");
        }
    }

    private static void checkGkeZone(GcpSpec gcp, String region, List<String> zones, Findings findings) {
        if (gcp.zone() != null && gcp.zone().startsWith(region + "-") && !zones.contains(gcp.zone())) {
            findings.error("gcp.zone", Echo.quote(gcp.zone()) + " is not a zone of " + region + "; its zones are "
                    + String.join(", ", zones));
        }
    }

    private static void checkExistingSubnets(ExistingVpcSpec vpc, Findings findings) {
        List<String> ids = vpc.privateSubnetIds();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                findings.error(KeyPaths.element("aws.existingVpc.privateSubnetIds", i), Echo.quote(ids.get(i))
                        + " is listed twice");
            }
        }
        if (!ids.isEmpty() && seen.size() < EKS_MIN_ZONES) {
            findings.error("aws.existingVpc.privateSubnetIds", seen.size() + " distinct private subnet; EKS needs private "
                    + "subnets in at least " + EKS_MIN_ZONES + " zones, list one per zone");
        }
        Set<String> publicSeen = new HashSet<>();
        for (int i = 0; i < vpc.publicSubnetIds().size(); i++) {
            String id = vpc.publicSubnetIds().get(i);
            if (!publicSeen.add(id)) {
                findings.error(KeyPaths.element("aws.existingVpc.publicSubnetIds", i), Echo.quote(id) + " is listed twice");
            } else if (seen.contains(id)) {
                findings.error(KeyPaths.element("aws.existingVpc.publicSubnetIds", i), Echo.quote(id)
                        + " is also a private subnet; a subnet is either private or public");
            }
        }
    }
}
