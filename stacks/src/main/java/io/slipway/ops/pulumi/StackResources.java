package io.slipway.ops.pulumi;

import io.slipway.ops.Deployer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
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
     * Every resource a whole-environment destroy may target: all but the protected ones and what
     * they need to stay managed (their ancestors, so the component tree stays whole, and their
     * dependencies, providers included), and never the stack resource itself.
     */
    public List<String> destroyableExceptProtected() {
        Set<String> kept = new LinkedHashSet<>();
        ArrayDeque<String> pending = new ArrayDeque<>();
        resources.stream().filter(DeployedResource::protect).forEach(r -> pending.add(r.urn()));
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
        List<String> targets = new ArrayList<>();
        for (DeployedResource resource : resources) {
            if (!kept.contains(resource.urn()) && !STACK_TYPE.equals(resource.type())) {
                targets.add(resource.urn());
            }
        }
        return targets;
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
