package io.slipway.gcp.gke;

import com.pulumi.core.Output;
import io.slipway.model.NodePoolSpec;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link GkeNodePool} builds.
 *
 * @param project            the GCP project. Required.
 * @param location           the cluster's location (region or zone). Required.
 * @param cluster            the cluster's name. Required.
 * @param pool               the Slipway node pool. Required.
 * @param version            the cluster's version decision: node version and auto-upgrade. Required.
 * @param zonesPerPool       zones each GKE pool spans (1 zonal, 3 regional), to turn the pool's total
 *                           desired count into GKE's per-zone initial count. Required, at least 1.
 * @param nodeServiceAccount e-mail of the account the nodes run as. Required.
 * @param labels             resource labels on the pools' VMs and disks (cost attribution). @default {}
 */
public record GkeNodePoolArgs(
        String project,
        String location,
        Output<String> cluster,
        NodePoolSpec pool,
        GkeVersion version,
        int zonesPerPool,
        Output<String> nodeServiceAccount,
        Map<String, String> labels) {

    public GkeNodePoolArgs {
        Objects.requireNonNull(project, "GkeNodePoolArgs.project is required");
        Objects.requireNonNull(location, "GkeNodePoolArgs.location is required");
        Objects.requireNonNull(cluster, "GkeNodePoolArgs.cluster is required");
        Objects.requireNonNull(pool, "GkeNodePoolArgs.pool is required");
        Objects.requireNonNull(version, "GkeNodePoolArgs.version is required");
        Objects.requireNonNull(nodeServiceAccount, "GkeNodePoolArgs.nodeServiceAccount is required");
        if (zonesPerPool < 1) {
            throw new IllegalArgumentException("GkeNodePoolArgs.zonesPerPool must be at least 1, was " + zonesPerPool);
        }
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
