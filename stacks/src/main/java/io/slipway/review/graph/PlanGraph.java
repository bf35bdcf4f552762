package io.slipway.review.graph;

import io.slipway.offline.RegisteredResource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The offline plan as a graph every review consumer reads (policy checks, diff, cost, diagrams):
 * resources by URN, their parent chain, the Slipway component that owns each, and the part of the
 * environment it belongs to. Nothing here re-derives what the program builds; it only indexes it.
 */
public final class PlanGraph {
    /** The type token prefix of Slipway's component resources. */
    public static final String COMPONENT_PREFIX = "slipway:";
    static final String STACK_TYPE = "pulumi:pulumi:Stack";
    static final String FOUNDATION_SUFFIX = ":Foundation";
    static final String SLOT_TYPE = "slipway:platform:ClusterSlot";
    static final String ADDON_SET_TYPE = "slipway:addons:AddonSet";

    private final List<RegisteredResource> resources;
    private final Map<String, RegisteredResource> byUrn = new LinkedHashMap<>();

    public PlanGraph(List<RegisteredResource> resources) {
        this.resources = List.copyOf(resources);
        this.resources.forEach(r -> byUrn.put(r.urn(), r));
    }

    public List<RegisteredResource> resources() {
        return resources;
    }

    public Optional<RegisteredResource> byUrn(String urn) {
        return Optional.ofNullable(byUrn.get(urn));
    }

    public List<RegisteredResource> ofType(String type) {
        return resources.stream().filter(r -> r.type().equals(type)).toList();
    }

    /** Cloud and Kubernetes resources: neither the stack, a Slipway component nor a provider. */
    public List<RegisteredResource> cloudResources() {
        return resources.stream().filter(PlanGraph::isCloudResource).toList();
    }

    public static boolean isCloudResource(RegisteredResource r) {
        return !r.type().startsWith(COMPONENT_PREFIX) && !r.type().equals(STACK_TYPE) && !r.type().startsWith("pulumi:providers:");
    }

    /** The nearest Slipway component at or above the resource; the stack itself for top-level resources. */
    public Optional<RegisteredResource> owningComponent(RegisteredResource resource) {
        for (RegisteredResource r = resource; r != null; r = byUrn.get(r.parent())) {
            if (r.type().startsWith(COMPONENT_PREFIX)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The resources whose nearest Slipway component is {@code component}. */
    public List<RegisteredResource> ownedBy(RegisteredResource component) {
        return cloudResources().stream()
                .filter(r -> owningComponent(r).map(c -> c.urn().equals(component.urn())).orElse(false))
                .toList();
    }

    /** The part of the environment a resource belongs to: the foundation, a slot (and its add-ons), or the environment. */
    public Section sectionOf(RegisteredResource resource) {
        boolean addon = false;
        for (RegisteredResource r = resource; r != null; r = byUrn.get(r.parent())) {
            if (r.type().equals(ADDON_SET_TYPE)) {
                addon = true;
            }
            if (r.type().equals(SLOT_TYPE)) {
                return new Section(addon ? Section.Kind.ADDONS : Section.Kind.SLOT, slotName(r.name()));
            }
            if (r.type().startsWith(COMPONENT_PREFIX) && r.type().endsWith(FOUNDATION_SUFFIX)) {
                return new Section(Section.Kind.FOUNDATION, "");
            }
        }
        return new Section(Section.Kind.ENVIRONMENT, "");
    }

    /** The slot names of the plan's cluster slots, in URN order. */
    public List<String> slots() {
        return ofType(SLOT_TYPE).stream().map(r -> slotName(r.name())).toList();
    }

    /** A slot's logical name is {@code <environment>-<slot>}. */
    static String slotName(String clusterSlotName) {
        return clusterSlotName.substring(clusterSlotName.lastIndexOf('-') + 1);
    }
}
