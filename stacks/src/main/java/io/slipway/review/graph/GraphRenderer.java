package io.slipway.review.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Draws a {@link ComponentGraph} as Mermaid (for GitHub markdown) or Graphviz DOT. A slot's add-ons
 * are drawn inside the slot.
 */
public final class GraphRenderer {
    public String mermaid(ComponentGraph graph) {
        var text = new StringBuilder("flowchart LR\n");
        forEachSlotGroup(graph, (group, sections) -> {
            boolean hasAddons = sections.keySet().stream().anyMatch(s -> s.kind() == Section.Kind.ADDONS);
            for (var entry : sections.entrySet()) {
                Section section = entry.getKey();
                boolean nested = section.kind() == Section.Kind.ADDONS;
                String pad = nested ? "    " : "  ";
                text.append(pad).append("subgraph ").append(id(section)).append("[\"").append(nested ? "add-ons" : section.label())
                        .append("\"]\n");
                entry.getValue().forEach(n -> text.append(pad).append("  ").append(n.id()).append("[\"").append(n.label()).append("\"]\n"));
                if (!hasAddons || nested) {
                    text.append(pad).append("end\n");
                }
            }
            if (hasAddons) {
                text.append("  end\n");
            }
        });
        graph.edges().forEach(e -> text.append("  ").append(e.from()).append(" --> ").append(e.to()).append('\n'));
        return text.toString();
    }

    public String dot(String stack, ComponentGraph graph) {
        var text = new StringBuilder("digraph \"" + stack + "\" {\n  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\"];\n");
        forEachSlotGroup(graph, (group, sections) -> {
            boolean hasAddons = sections.keySet().stream().anyMatch(s -> s.kind() == Section.Kind.ADDONS);
            for (var entry : sections.entrySet()) {
                Section section = entry.getKey();
                boolean nested = section.kind() == Section.Kind.ADDONS;
                String pad = nested ? "    " : "  ";
                text.append(pad).append("subgraph cluster_").append(id(section)).append(" {\n").append(pad).append("  label=\"")
                        .append(nested ? "add-ons" : section.label()).append("\";\n");
                entry.getValue().forEach(n -> text.append(pad).append("  ").append(n.id()).append(" [label=\"").append(n.label()).append("\"];\n"));
                if (!hasAddons || nested) {
                    text.append(pad).append("}\n");
                }
            }
            if (hasAddons) {
                text.append("  }\n");
            }
        });
        graph.edges().forEach(e -> text.append("  ").append(e.from()).append(" -> ").append(e.to()).append(";\n"));
        return text.append("}\n").toString();
    }

    /** Calls {@code draw} once per top-level group: the foundation, each slot with its add-ons, the environment. */
    private static void forEachSlotGroup(ComponentGraph graph, BiConsumer<String, Map<Section, List<ComponentGraph.Node>>> draw) {
        Map<String, Map<Section, List<ComponentGraph.Node>>> groups = new LinkedHashMap<>();
        graph.bySection().forEach((section, nodes) -> groups
                .computeIfAbsent(section.kind() == Section.Kind.ADDONS || section.kind() == Section.Kind.SLOT ? "slot " + section.slot()
                        : section.label(), g -> new LinkedHashMap<>())
                .put(section, nodes));
        groups.forEach(draw);
    }

    private static String id(Section section) {
        return section.label().replaceAll("[^A-Za-z0-9]+", "_");
    }
}
