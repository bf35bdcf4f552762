package io.slipway.model.validation.cluster;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.NodePoolSpec;
import io.slipway.model.validation.Echo;
import io.slipway.model.validation.Findings;
import io.slipway.model.validation.KeyPaths;
import io.slipway.model.validation.ModelRule;
import java.util.List;

/**
 * Every slot has a system pool for the platform's own add-ons, and outside dev it is on-demand: a
 * spot reclaim there takes DNS, ingress and monitoring down together.
 */
public final class SystemPoolRule implements ModelRule {
    @Override
    public void check(EnvironmentSpec spec, Findings findings) {
        spec.slots().forEach((name, slot) -> {
            List<NodePoolSpec> pools = slot.nodePools();
            if (pools.stream().noneMatch(NodePoolSpec::system)) {
                findings.error(KeyPaths.slot(name) + ".nodePools",
                        "no system pool; mark one pool 'system: true' (on-demand) to run the platform's add-ons");
            }
            for (int i = 0; i < pools.size(); i++) {
                NodePoolSpec pool = pools.get(i);
                if (pool.system() && pool.isSpot() && spec.tier() != null && spec.tier().isProductionLike()) {
                    findings.error(KeyPaths.pool(name, i) + ".capacity", "the system pool " + Echo.quote(pool.name())
                            + " is on spot in a " + spec.tier().name().toLowerCase() + " environment; use capacity: onDemand"
                            + " (spot system pools are allowed in dev only)");
                }
            }
        });
    }
}
