package io.slipway.model.validation.cluster;

import io.slipway.model.Cloud;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.NodePoolSpec;
import io.slipway.model.validation.Echo;
import io.slipway.model.validation.Findings;
import io.slipway.model.validation.KeyPaths;
import io.slipway.model.validation.ModelRule;
import io.slipway.model.validation.NumberBounds;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A node pool's shape: a unique DNS-label name (it becomes part of node group and GKE pool names),
 * at least one instance type and no duplicates, sizes with min <= desired <= max, and on EKS no more
 * than a managed node group holds. The ranges of each number are {@link NumberBounds}.
 */
public final class NodePoolRule implements ModelRule {
    static final Pattern DNS_LABEL = Pattern.compile("[a-z]([-a-z0-9]{0,61}[a-z0-9])?");
    /** EKS service quota "nodes per managed node group", not adjustable. */
    static final int EKS_MAX_NODES_PER_GROUP = 450;

    @Override
    public void check(EnvironmentSpec spec, Findings findings) {
        spec.slots().forEach((slot, slotSpec) -> {
            Set<String> names = new HashSet<>();
            List<NodePoolSpec> pools = slotSpec.nodePools();
            for (int i = 0; i < pools.size(); i++) {
                String path = KeyPaths.pool(slot, i);
                NodePoolSpec pool = pools.get(i);
                checkName(pool.name(), names, path + ".name", findings);
                checkInstanceTypes(pool.instanceTypes(), path + ".instanceTypes", findings);
                checkSizes(pool, path, findings);
                if (spec.cloud() == Cloud.AWS && pool.max() != null && pool.max() > EKS_MAX_NODES_PER_GROUP) {
                    findings.error(path + ".max", "max " + pool.max() + " is more than an EKS managed node group holds ("
                            + EKS_MAX_NODES_PER_GROUP + "); split the pool into several");
                }
            }
        });
    }

    private static void checkName(String name, Set<String> seen, String path, Findings findings) {
        if (name == null) {
            return;
        }
        if (!DNS_LABEL.matcher(name).matches()) {
            findings.error(path, "pool name " + Echo.quote(name) + " is not a DNS label; use lower-case letters, digits and "
                    + "dashes, starting with a letter, at most 63 characters");
        }
        if (!seen.add(name)) {
            findings.error(path, "pool name " + Echo.quote(name) + " is used twice in this slot; pool names must be unique");
        }
    }

    private static void checkInstanceTypes(List<String> types, String path, Findings findings) {
        if (types.isEmpty()) {
            findings.error(path, "no instance type; list at least one (several of similar size for spot)");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < types.size(); i++) {
            if (!seen.add(types.get(i))) {
                findings.error(KeyPaths.element(path, i), Echo.quote(types.get(i)) + " is listed twice");
            }
        }
    }

    private static void checkSizes(NodePoolSpec pool, String path, Findings findings) {
        Integer min = pool.min();
        Integer max = pool.max();
        if (min != null && max != null && min > max) {
            findings.error(path + ".min", "min " + min + " is greater than max " + max);
        }
        Integer desired = pool.desired();
        if (desired != null && min != null && max != null && min <= max && (desired < min || desired > max)) {
            findings.error(path + ".desired", "desired " + desired + " is outside [min, max] = [" + min + ", " + max + "]");
        }
    }
}
