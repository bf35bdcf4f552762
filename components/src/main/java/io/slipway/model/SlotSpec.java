package io.slipway.model;

import java.util.List;

/**
 * One cluster slot ({@code blue} or {@code green}): a complete cluster with its node pools and
 * add-ons. Two slots side by side are how an environment upgrades Kubernetes blue/green.
 *
 * @param kubernetesVersion {@code MAJOR.MINOR} (EKS and GKE), or on GKE an exact version
 *                          such as {@code 1.33.5-gke.1080000} to pin one. Required.
 * @param weight            share of the shared DNS names' traffic this slot takes, 0–100; the
 *                          weights of all slots sum to 100. Required.
 * @param nodePools         the slot's node pools; at least one, and one of them a system pool. Required.
 */
public record SlotSpec(
        @Required String kubernetesVersion,
        @Required Integer weight,
        @Required List<NodePoolSpec> nodePools) {

    public SlotSpec {
        nodePools = nodePools == null ? List.of() : List.copyOf(nodePools);
    }

    /** The {@code MAJOR.MINOR} part of the version ({@code 1.33} of {@code 1.33.5-gke.1080000}). */
    public String minorVersion() {
        String[] parts = kubernetesVersion.split("[.-]");
        return parts.length >= 2 ? parts[0] + "." + parts[1] : kubernetesVersion;
    }

    /** A copy with another version and weight: what an upgrade's new slot starts as. */
    public SlotSpec withVersionAndWeight(String version, int newWeight) {
        return new SlotSpec(version, newWeight, nodePools);
    }

    public SlotSpec withWeight(int newWeight) {
        return new SlotSpec(kubernetesVersion, newWeight, nodePools);
    }
}
