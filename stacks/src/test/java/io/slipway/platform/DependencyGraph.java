package io.slipway.platform;

import io.slipway.offline.OfflineResult;
import io.slipway.offline.RegisteredResource;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dependency graph Pulumi orders deletes by, built from a plan: a resource depends on its
 * explicit and property dependencies, its provider and its parent, and is deleted before anything
 * it (transitively) depends on.
 */
final class DependencyGraph {
    private final Map<String, Set<String>> direct = new HashMap<>();

    DependencyGraph(OfflineResult result) {
        for (RegisteredResource r : result.resources()) {
            var edges = new TreeSet<>(r.dependencies());
            if (r.parent() != null && !r.parent().isEmpty()) {
                edges.add(r.parent());
            }
            if (r.provider() != null && !r.provider().isEmpty()) {
                edges.add(providerUrn(r.provider()));
            }
            direct.put(r.urn(), edges);
        }
    }

    /** A provider reference is {@code <urn>::<id>}. */
    static String providerUrn(String reference) {
        int idSeparator = reference.lastIndexOf("::");
        return idSeparator < 0 ? reference : reference.substring(0, idSeparator);
    }

    /** Every URN {@code urn} transitively depends on (everything deleted after it). */
    Set<String> dependenciesOf(String urn) {
        var seen = new LinkedHashSet<String>();
        var pending = new ArrayDeque<>(direct.getOrDefault(urn, Set.of()));
        while (!pending.isEmpty()) {
            String next = pending.pop();
            if (seen.add(next)) {
                pending.addAll(direct.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }

    /** Whether {@code dependent} transitively depends on {@code dependency}, so it is deleted first. */
    boolean dependsOn(RegisteredResource dependent, RegisteredResource dependency) {
        return dependenciesOf(dependent.urn()).contains(dependency.urn());
    }
}
