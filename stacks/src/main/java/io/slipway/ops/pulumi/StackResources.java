package io.slipway.ops.pulumi;

import io.slipway.ops.Deployer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A stack's current resources with the look-ups the destroy and drill commands need. Pure: it
 * only reads the list {@link Deployer#resources} returned.
 */
public final class StackResources {
    public static final String STACK_TYPE = "pulumi:pulumi:Stack";
    public static final String CLUSTER_SLOT_TYPE = "slipway:platform:ClusterSlot";
    public static final String HELM_RELEASE_TYPE = "kubernetes:helm.sh/v3:Release";
    /** The cloud clusters a ClusterSlot holds, EKS or GKE. */
    public static final Set<String> CLUSTER_TYPES = Set.of("aws:eks/cluster:Cluster", "gcp:container/cluster:Cluster");

    private final List<DeployedResource> resources;
    private final Map<String, DeployedResource> byUrn = new HashMap<>();

    private StackResources(List<DeployedResource> resources) {
        this.resources = List.copyOf(resources);
        resources.forEach(r -> byUrn.put(r.urn(), r));
    }

    public static StackResources of(List<DeployedResource> resources) {
        return new StackResources(resources);
    }

    /**
     * Every resource a whole-environment destroy may target: all but {@link #kept()}, and never the
     * stack resource itself.
     */
    public List<String> destroyableExceptProtected() {
        Set<String> kept = kept();
        List<String> targets = new ArrayList<>();
        for (DeployedResource resource : resources) {
            if (!kept.contains(resource.urn()) && !STACK_TYPE.equals(resource.type())) {
                targets.add(resource.urn());
            }
        }
        return targets;
    }

    /**
     * What a whole-environment destroy keeps: every protected resource together with the component
     * that holds it (a protected key's alias, a protected bucket's versioning, encryption, policy,
     * public-access block, lifecycle and ownership controls, a protected key's IAM grants), unless
     * that component is a top-level one such as the foundation, whose network may go; then
     * everything those need to stay managed: their ancestors and their dependencies, providers
     * included. Slipway's components are the resources whose type is in the {@code slipway:} package.
     */
    public Set<String> kept() {
        Set<String> kept = new LinkedHashSet<>();
        ArrayDeque<String> pending = new ArrayDeque<>();
        for (DeployedResource resource : resources) {
            if (resource.protect()) {
                pending.add(resource.urn());
                DeployedResource unit = byUrn.get(resource.parent());
                boolean unitIsTopLevel = unit == null || unit.parent() == null || STACK_TYPE.equals(typeOf(unit.parent()));
                if (unit != null && isComponent(unit) && !unitIsTopLevel) {
                    pending.add(unit.urn());
                    descendantsOf(unit.urn()).forEach(pending::add);
                }
                descendantsOf(resource.urn()).forEach(pending::add);
            }
        }
        while (!pending.isEmpty()) {
            String urn = pending.pop();
            DeployedResource resource = byUrn.get(urn);
            if (resource == null || !kept.add(urn)) {
                continue;
            }
            if (resource.parent() != null) {
                pending.add(resource.parent());
            }
            pending.addAll(resource.dependencies());
        }
        return kept;
    }

    /**
     * The given resources grouped by the Slipway component they belong to ({@code type name} of the
     * nearest {@code slipway:} component, the resource itself included, or {@code stack} for what sits
     * at the top, providers included), in state order.
     */
    public Map<String, List<DeployedResource>> byComponent(Collection<String> urns) {
        Map<String, List<DeployedResource>> groups = new LinkedHashMap<>();
        for (DeployedResource resource : resources) {
            if (!urns.contains(resource.urn()) || STACK_TYPE.equals(resource.type())) {
                continue;
            }
            String group = "stack";
            for (DeployedResource ancestor = resource; ancestor != null; ancestor = byUrn.get(ancestor.parent())) {
                if (isComponent(ancestor)) {
                    group = ancestor.type() + " " + ancestor.name();
                    break;
                }
            }
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(resource);
        }
        return groups;
    }

    /** Whether everything that depends on {@code urn}, directly or not, lies inside the slot {@code slotUrn}. */
    public boolean onlySlotDependsOn(String urn, String slotUrn) {
        Set<String> dependents = new LinkedHashSet<>();
        ArrayDeque<String> pending = new ArrayDeque<>(List.of(urn));
        while (!pending.isEmpty()) {
            String current = pending.pop();
            for (DeployedResource resource : resources) {
                if (resource.dependencies().contains(current) && dependents.add(resource.urn())) {
                    pending.add(resource.urn());
                }
            }
        }
        return dependents.stream().allMatch(dependent -> isDescendantOf(byUrn.get(dependent), slotUrn));
    }

    private List<String> descendantsOf(String urn) {
        return resources.stream().filter(r -> isDescendantOf(r, urn)).map(DeployedResource::urn).toList();
    }

    private static boolean isComponent(DeployedResource resource) {
        return resource.type().startsWith("slipway:");
    }

    private String typeOf(String urn) {
        DeployedResource resource = byUrn.get(urn);
        return resource == null ? "" : resource.type();
    }

    /** The protected resources: what a whole-environment destroy keeps. */
    public List<String> protectedUrns() {
        return resources.stream().filter(DeployedResource::protect).map(DeployedResource::urn).toList();
    }

    /** The {@code slipway:platform:ClusterSlot} component of a cluster ({@code <env>-<slot>}). */
    public Optional<DeployedResource> clusterSlot(String clusterName) {
        return resources.stream()
                .filter(r -> CLUSTER_SLOT_TYPE.equals(r.type()) && r.name().equals(clusterName))
                .findFirst();
    }

    /** The slots the state holds a ClusterSlot for, from their names {@code <env>-<slot>}, sorted. */
    public List<String> deployedSlots(String environment) {
        String prefix = environment + "-";
        return resources.stream()
                .filter(r -> CLUSTER_SLOT_TYPE.equals(r.type()) && r.name().startsWith(prefix))
                .map(r -> r.name().substring(prefix.length()))
                .sorted()
                .toList();
    }

    /** Whether the state still holds the cloud cluster under a slot (an earlier destroy may have removed it). */
    public boolean hasCluster(String clusterSlotUrn) {
        return resources.stream()
                .filter(r -> CLUSTER_TYPES.contains(r.type()))
                .anyMatch(r -> isDescendantOf(r, clusterSlotUrn));
    }

    /**
     * The ingress add-on's Helm releases under a slot, found by convention: a
     * {@code kubernetes:helm.sh/v3:Release} somewhere below the slot's ClusterSlot whose resource
     * name contains {@code ingress} or {@code traefik}. They own the slot's public load balancer.
     */
    public List<String> ingressReleases(String clusterSlotUrn) {
        return resources.stream()
                .filter(r -> HELM_RELEASE_TYPE.equals(r.type()))
                .filter(r -> r.name().contains("ingress") || r.name().contains("traefik"))
                .filter(r -> isDescendantOf(r, clusterSlotUrn))
                .map(DeployedResource::urn)
                .toList();
    }

    private boolean isDescendantOf(DeployedResource resource, String ancestorUrn) {
        Set<String> seen = new LinkedHashSet<>();
        String parent = resource.parent();
        while (parent != null && seen.add(parent)) {
            if (parent.equals(ancestorUrn)) {
                return true;
            }
            DeployedResource next = byUrn.get(parent);
            parent = next == null ? null : next.parent();
        }
        return false;
    }
}
