package io.slipway.gcp.gke;

import io.slipway.model.Cloud;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.Problem;
import io.slipway.model.SpecRule;
import java.util.ArrayList;
import java.util.List;

/**
 * What only GKE knows about an environment: each node pool becomes one GKE pool per machine type
 * (plus an on-demand fallback for spot), named {@code <pool>-<machine type>}, and GKE limits those
 * names to 40 characters. Checked here, with the naming code itself, so a long name is a
 * validation problem at its key path instead of a failure halfway through a plan.
 */
public final class GkeSpecRule implements SpecRule {
    @Override
    public List<Problem> check(EnvironmentSpec spec, String source) {
        var problems = new ArrayList<Problem>();
        if (spec.cloud() != Cloud.GCP) {
            return problems;
        }
        spec.slots().forEach((slot, slotSpec) -> {
            var pools = slotSpec.nodePools();
            for (int i = 0; i < pools.size(); i++) {
                try {
                    GkePoolShape.of(pools.get(i));
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(source, "slots." + slot + ".nodePools[" + i + "].name", e.getMessage()));
                }
            }
        });
        return problems;
    }
}
