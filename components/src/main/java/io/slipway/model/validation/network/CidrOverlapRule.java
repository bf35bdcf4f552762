package io.slipway.model.validation.network;

import io.slipway.model.Cloud;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.cloud.GcpSpec;
import io.slipway.model.validation.Echo;
import io.slipway.model.validation.Findings;
import io.slipway.model.validation.ModelRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ranges one environment routes must not overlap: on GCP the node network, the pods and services
 * secondary ranges and the control plane's /28, pairwise. Malformed ranges are left to {@link CidrRule}.
 */
public final class CidrOverlapRule implements ModelRule {
    @Override
    public void check(EnvironmentSpec spec, Findings findings) {
        GcpSpec gcp = spec.gcp();
        // An existing network brings its own ranges, which the spec does not know.
        if (spec.cloud() != Cloud.GCP || gcp == null || gcp.existingNetwork() != null) {
            return;
        }
        Map<String, String> ranges = new LinkedHashMap<>();
        ranges.put("network.cidr", spec.network().cidr());
        ranges.put("gcp.podsCidr", gcp.podsCidr());
        ranges.put("gcp.servicesCidr", gcp.servicesCidr());
        ranges.put("gcp.masterCidr", gcp.masterCidr());
        List<String> paths = List.copyOf(ranges.keySet());
        for (int i = 0; i < paths.size(); i++) {
            for (int j = i + 1; j < paths.size(); j++) {
                String a = paths.get(i);
                String b = paths.get(j);
                var first = Cidr.parse(ranges.get(a));
                var second = Cidr.parse(ranges.get(b));
                if (first.isPresent() && second.isPresent() && first.get().overlaps(second.get())) {
                    findings.error(b, Echo.quote(ranges.get(b)) + " overlaps " + a + " " + Echo.quote(ranges.get(a))
                            + "; every range of the environment must be disjoint");
                }
            }
        }
    }
}
