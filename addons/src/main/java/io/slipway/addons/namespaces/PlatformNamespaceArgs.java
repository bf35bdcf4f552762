package io.slipway.addons.namespaces;

import io.slipway.cluster.ClusterHandle;
import java.util.List;

/**
 * Inputs of a {@link PlatformNamespace}.
 *
 * @param cluster     the slot's cluster. Required.
 * @param name        the namespace's name. Required.
 * @param podSecurity the Pod Security Standards level enforced, audited and warned about. Required.
 * @param allowances  what the namespace's pods may send and receive beyond the default deny. @default []
 */
public record PlatformNamespaceArgs(ClusterHandle cluster, String name, PodSecurityLevel podSecurity, List<TrafficRule> allowances) {
    public PlatformNamespaceArgs {
        if (cluster == null || name == null || podSecurity == null) {
            throw new IllegalArgumentException("a platform namespace needs its cluster, a name and a Pod Security level");
        }
        allowances = allowances == null ? List.of() : List.copyOf(allowances);
        if (allowances.stream().map(TrafficRule::name).distinct().count() != allowances.size()) {
            throw new IllegalArgumentException("namespace " + name + " has two allowances of the same name");
        }
    }
}
