package io.slipway.plan;

import io.slipway.offline.RegisteredResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The resources as {@code pulumi preview} lists them: each under its parent, components included,
 * {@code +} for a resource to create, {@code =} for an existing one only read.
 */
public final class ResourceTreeRenderer {
    private static final String INDENT = "    ";
    private static final Comparator<RegisteredResource> SIBLING_ORDER =
            Comparator.comparing(RegisteredResource::type).thenComparing(RegisteredResource::name);

    public String render(List<RegisteredResource> resources) {
        Set<String> urns = resources.stream().map(RegisteredResource::urn).collect(Collectors.toSet());
        // A parent outside the plan (never expected) would hide its children: show them as roots instead.
        Map<String, List<RegisteredResource>> childrenOf = new TreeMap<>();
        for (RegisteredResource r : resources) {
            String parent = urns.contains(r.parent()) ? r.parent() : "";
            childrenOf.computeIfAbsent(parent, p -> new ArrayList<>()).add(r);
        }
        childrenOf.values().forEach(children -> children.sort(SIBLING_ORDER));
        var text = new StringBuilder();
        appendChildren(text, childrenOf, "", 0);
        return text.toString();
    }

    private void appendChildren(StringBuilder text, Map<String, List<RegisteredResource>> childrenOf, String parent, int depth) {
        for (RegisteredResource r : childrenOf.getOrDefault(parent, List.of())) {
            text.append(INDENT.repeat(depth))
                    .append(r.read() ? "= " : "+ ")
                    .append(r.type()).append("  ").append(r.name())
                    .append(r.protect() ? "  [protected]" : "")
                    .append('\n');
            appendChildren(text, childrenOf, r.urn(), depth + 1);
        }
    }
}
