package io.slipway.review.graph;

import io.slipway.offline.RegisteredResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The plan at the level a reviewer reads it: one node per Slipway component that owns cloud
 * resources, grouped by section (foundation, each slot and its add-ons), and an edge wherever a
 * resource of one component depends on a resource of another. Node ids follow the plan's order (by
 * URN), so the same plan always draws the same picture.
 */
public final class ComponentGraph {
    /** One component: its id in the picture, its label and where it is drawn. */
    public record Node(String id, String label, Section section) {}

    /** {@code from} depends on {@code to}. */
    public record Edge(String from, String to) {}

    private final List<Node> nodes;
    private final List<Edge> edges;

    private ComponentGraph(List<Node> nodes, List<Edge> edges) {
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
    }

    public static ComponentGraph of(PlanGraph plan) {
        Map<String, Node> byComponentUrn = new LinkedHashMap<>();
        for (RegisteredResource component : plan.resources()) {
            List<RegisteredResource> owned = component.type().startsWith(PlanGraph.COMPONENT_PREFIX) ? plan.ownedBy(component) : List.of();
            if (!owned.isEmpty()) {
                String type = component.type().substring(component.type().lastIndexOf(':') + 1);
                String label = type + " " + component.name() + " (" + owned.size() + (owned.size() == 1 ? " resource)" : " resources)");
                byComponentUrn.put(component.urn(), new Node("n" + (byComponentUrn.size() + 1), label, plan.sectionOf(component)));
            }
        }
        var edges = new TreeSet<String>();
        for (RegisteredResource r : plan.cloudResources()) {
            Optional<Node> from = plan.owningComponent(r).map(c -> byComponentUrn.get(c.urn()));
            for (String dependency : r.dependencies()) {
                Optional<Node> to = plan.byUrn(dependency).flatMap(plan::owningComponent).map(c -> byComponentUrn.get(c.urn()));
                if (from.isPresent() && to.isPresent() && from.get() != to.get()) {
                    edges.add(number(from.get()) + " " + number(to.get()));
                }
            }
        }
        List<Node> nodes = new ArrayList<>(byComponentUrn.values());
        List<Edge> edgeList = edges.stream().map(e -> e.split(" "))
                .sorted((a, b) -> a[0].equals(b[0]) ? Integer.compare(Integer.parseInt(a[1]), Integer.parseInt(b[1]))
                        : Integer.compare(Integer.parseInt(a[0]), Integer.parseInt(b[0])))
                .map(e -> new Edge("n" + e[0], "n" + e[1])).toList();
        return new ComponentGraph(nodes, edgeList);
    }

    private static String number(Node node) {
        return node.id().substring(1);
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Edge> edges() {
        return edges;
    }

    /** The sections in drawing order, each with its nodes. */
    public Map<Section, List<Node>> bySection() {
        Map<Section, List<Node>> sections = new java.util.TreeMap<>();
        nodes.forEach(n -> sections.computeIfAbsent(n.section(), s -> new ArrayList<>()).add(n));
        return sections;
    }
}
