package io.slipway.gcp.gke;

import com.pulumi.core.Output;
import com.pulumi.gcp.container.NodePool;
import com.pulumi.gcp.container.NodePoolArgs;
import com.pulumi.gcp.container.inputs.NodePoolAutoscalingArgs;
import com.pulumi.gcp.container.inputs.NodePoolManagementArgs;
import com.pulumi.gcp.container.inputs.NodePoolNodeConfigArgs;
import com.pulumi.gcp.container.inputs.NodePoolNodeConfigShieldedInstanceConfigArgs;
import com.pulumi.gcp.container.inputs.NodePoolNodeConfigTaintArgs;
import com.pulumi.gcp.container.inputs.NodePoolNodeConfigWorkloadMetadataConfigArgs;
import com.pulumi.gcp.container.inputs.NodePoolUpgradeSettingsArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One Slipway node pool on GKE: a GKE node pool per machine type, plus an on-demand fallback for
 * spot pools (see {@link GkePoolShape}). Every pool runs Container-Optimized OS on shielded VMs as
 * the dedicated node account, exposes only the GKE metadata server to pods (Workload Identity;
 * the node's own credentials stay out of reach), and repairs itself.
 */
public final class GkeNodePool extends ComponentResource {
    public static final String TYPE = "slipway:gcp:GkeNodePool";
    public static final String IMAGE_TYPE = "COS_CONTAINERD";
    public static final String DISK_TYPE = "pd-balanced";
    public static final String POOL_LABEL = "slipway-node-pool";

    private final List<NodePool> nodePools;
    private final Output<List<String>> names;

    public GkeNodePool(String name, GkeNodePoolArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var pools = new ArrayList<NodePool>();
        for (GkePoolShape shape : GkePoolShape.of(args.pool())) {
            // Logical names carry the component's (cluster-prefixed) name: blue and green both have a "system" pool.
            pools.add(nodePool(name + shape.name().substring(args.pool().name().length()), shape, args));
        }
        this.nodePools = List.copyOf(pools);
        this.names = Output.all(nodePools.stream().map(NodePool::name).toList());
        registerOutputs(Map.of("nodePools", names));
    }

    private NodePool nodePool(String logicalName, GkePoolShape shape, GkeNodePoolArgs args) {
        var spec = args.pool();
        var version = args.version();
        var labels = new TreeMap<>(args.labels());
        labels.put(POOL_LABEL, spec.name());
        var pool = NodePoolArgs.builder()
                .project(args.project())
                .location(args.location())
                .cluster(args.cluster())
                .name(shape.name())
                .initialNodeCount(GkePoolShape.ceilDiv(shape.desired(), args.zonesPerPool()))
                // Totals, not per-zone counts, so min and max mean the same on a zonal and a regional cluster.
                .autoscaling(NodePoolAutoscalingArgs.builder()
                        .totalMinNodeCount(shape.totalMin())
                        .totalMaxNodeCount(shape.totalMax())
                        // Spot: take capacity in whichever zone has it; on-demand: keep zones even.
                        .locationPolicy(shape.spot() ? "ANY" : "BALANCED")
                        .build())
                .management(NodePoolManagementArgs.builder()
                        .autoRepair(true)
                        .autoUpgrade(version.nodeAutoUpgrade())
                        .build())
                .upgradeSettings(NodePoolUpgradeSettingsArgs.builder()
                        .strategy("SURGE").maxSurge(1).maxUnavailable(0).build())
                .nodeConfig(NodePoolNodeConfigArgs.builder()
                        .machineType(shape.machineType())
                        .spot(shape.spot())
                        .imageType(IMAGE_TYPE)
                        .diskType(DISK_TYPE)
                        .diskSizeGb(spec.diskSizeGb())
                        .serviceAccount(args.nodeServiceAccount())
                        // Access is governed by the node account's IAM roles; scopes would only be a second, coarser list.
                        .oauthScopes(GkeCluster.CLOUD_PLATFORM_SCOPE)
                        .workloadMetadataConfig(NodePoolNodeConfigWorkloadMetadataConfigArgs.builder()
                                .mode(GkeCluster.GKE_METADATA).build())
                        .shieldedInstanceConfig(NodePoolNodeConfigShieldedInstanceConfigArgs.builder()
                                .enableSecureBoot(true).enableIntegrityMonitoring(true).build())
                        .metadata(Map.of("disable-legacy-endpoints", "true"))
                        .labels(spec.labels())
                        .taints(spec.taints().stream()
                                .map(t -> NodePoolNodeConfigTaintArgs.builder()
                                        .key(t.key()).value(t.value()).effect(t.effect().name()).build())
                                .toList())
                        .resourceLabels(labels)
                        .build());
        if (version.pinned()) {
            pool.version(version.nodeVersion());
        }
        return new NodePool(logicalName, pool.build(), CustomResourceOptions.builder()
                .parent(this)
                // Pools have fixed names and GKE refuses two of one name, so a replacement deletes
                // first; the slot's other pools carry the workloads meanwhile.
                .deleteBeforeReplace(true)
                .build());
    }

    /** The GKE node pools, what add-ons wait for before they schedule pods. */
    public List<NodePool> nodePools() {
        return nodePools;
    }

    public Output<List<String>> names() {
        return names;
    }
}
