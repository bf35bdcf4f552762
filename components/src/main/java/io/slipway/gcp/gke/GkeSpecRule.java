package io.slipway.gcp.gke;

import io.slipway.model.Cloud;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.loading.Problem;
import io.slipway.model.loading.SpecRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What only GKE knows about an environment: each node pool becomes one GKE pool per machine type
 * (plus an on-demand fallback for spot), named {@code <pool>-<machine type>}, and GKE limits those
 * names to 40 characters. Checked here, with the naming code itself, so a long name is a
 * validation problem at its key path instead of a failure halfway through a plan. The same split
 * gives the most nodes the slots can grow to; with GKE's default of 110 pods per node every node
 * takes a /24 of the pods range, which both slots share, so the range must hold them all.
 */
public final class GkeSpecRule implements SpecRule {
    /** The prefix length of the pod range GKE gives each node at its default of 110 pods per node. */
    static final int POD_RANGE_PER_NODE = 24;

    @Override
    public List<Problem> check(EnvironmentSpec spec, String source) {
        var problems = new ArrayList<Problem>();
        if (spec.cloud() != Cloud.GCP) {
            return problems;
        }
        long[] maxNodes = {0};
        spec.slots().forEach((slot, slotSpec) -> {
            var pools = slotSpec.nodePools();
            for (int i = 0; i < pools.size(); i++) {
                try {
                    maxNodes[0] += GkePoolShape.of(pools.get(i)).stream().mapToLong(GkePoolShape::totalMax).sum();
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(source, "slots." + slot + ".nodePools[" + i + "].name", e.getMessage()));
                }
            }
        });
        podRangeProblem(spec, maxNodes[0]).ifPresent(message -> problems.add(new Problem(source, "gcp.podsCidr", message)));
        return problems;
    }

    /** Nodes a pods range of this prefix length holds at 110 pods per node (a /24 each): 2^(24 - prefix). */
    static long nodesFor(int prefix) {
        return prefix > POD_RANGE_PER_NODE ? 0 : 1L << (POD_RANGE_PER_NODE - prefix);
    }

    private static Optional<String> podRangeProblem(EnvironmentSpec spec, long maxNodes) {
        var gcp = spec.gcp();
        if (gcp == null || gcp.existingNetwork() != null || gcp.podsCidr() == null || !gcp.podsCidr().matches("[0-9.]{7,15}/[0-9]{1,2}")) {
            return Optional.empty(); // an existing network's range is not in the spec; a malformed one is reported by the model
        }
        int prefix = Integer.parseInt(gcp.podsCidr().substring(gcp.podsCidr().indexOf('/') + 1));
        long capacity = nodesFor(prefix);
        if (maxNodes <= capacity) {
            return Optional.empty();
        }
        int needed = POD_RANGE_PER_NODE - (64 - Long.numberOfLeadingZeros(Math.max(1, maxNodes - 1)));
        return Optional.of("'" + gcp.podsCidr() + "' holds pod addresses for " + capacity + " nodes (a /24 each at 110 pods "
                + "per node), but the node pools of all slots may grow to " + maxNodes + "; use a /" + Math.max(needed, 8)
                + " or larger, or lower the pools' max");
    }
}
