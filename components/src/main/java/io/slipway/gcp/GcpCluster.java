package io.slipway.gcp;

import com.pulumi.core.Output;
import com.pulumi.gcp.compute.ComputeFunctions;
import com.pulumi.gcp.compute.inputs.GetZonesArgs;
import com.pulumi.kubernetes.Provider;
import com.pulumi.kubernetes.ProviderArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.cluster.ClusterHandle;
import io.slipway.cluster.GcpClusterIdentity;
import io.slipway.gcp.gke.GkeCluster;
import io.slipway.gcp.gke.GkeClusterArgs;
import io.slipway.gcp.gke.GkeKubeconfig;
import io.slipway.gcp.gke.GkeNodePool;
import io.slipway.gcp.gke.GkeNodePoolArgs;
import io.slipway.gcp.gke.GkeVersion;
import io.slipway.gcp.iam.NodeServiceAccount;
import io.slipway.gcp.iam.NodeServiceAccountArgs;
import io.slipway.gcp.kubernetes.LabelledStorageClass;
import io.slipway.model.NodePoolSpec;
import io.slipway.model.cloud.LocationMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One slot's GKE cluster: its node service account, the control plane, a {@link GkeNodePool} per
 * node pool of the slot, and the Kubernetes provider everything on the cluster is deployed with.
 */
public final class GcpCluster extends ComponentResource {
    public static final String TYPE = "slipway:gcp:GcpCluster";
    private final ClusterHandle handle;

    public GcpCluster(GcpClusterArgs args, ComponentResourceOptions options) {
        super(TYPE, args.environment().clusterName(args.slot()), options);
        var environment = args.environment();
        var slot = args.slot();
        var slotSpec = args.slotSpec();
        var foundation = args.foundation();
        var spec = environment.spec();
        var gcp = spec.gcp();
        String clusterName = environment.clusterName(slot);
        boolean zonal = gcp.locationMode() == LocationMode.ZONAL;
        var version = GkeVersion.of(slotSpec.kubernetesVersion(), gcp.releaseChannel());
        var child = ComponentResourceOptions.builder().parent(this).build();

        // network.zones means the same as on AWS: how many zones nodes spread over. A zonal cluster has one.
        int zones = zonal ? 1 : spec.network().zones();
        Output<String> location;
        Output<List<String>> nodeLocations;
        if (zonal) {
            location = Output.of(gcp.zone()); // validation requires it for zonal clusters
            nodeLocations = null;
        } else {
            location = Output.of(spec.region());
            nodeLocations = zonesOf(gcp.project(), spec.region()).applyValue(found -> found.stream().limit(zones).toList());
        }

        var nodeAccount = new NodeServiceAccount(clusterName + "-nodes",
                new NodeServiceAccountArgs(gcp.project(), NodeServiceAccountArgs.accountIdFor(clusterName)), child);
        var cluster = new GkeCluster(clusterName, new GkeClusterArgs(
                gcp.project(), clusterName, location, version,
                foundation.networkId(), foundation.subnetworkId(), foundation.podsRangeName(), foundation.servicesRangeName(),
                gcp.masterCidr(), spec.apiAccess().publicCidrs(), foundation.clusterSecretsKey(), nodeAccount.email(),
                gcp.maintenanceStartTime(), gcp.deletionProtectionFor(spec.tier()),
                // GKE's built-in autoscaler takes the place of cluster-autoscaler; its profile is the add-on's switch.
                spec.addons().autoscaler().enabled() ? gcp.autoscalingProfile() : null,
                environment.gcpLabels(slot, "gke-cluster"), gcp.rbacSecurityGroup()), child);

        List<Resource> pools = new ArrayList<>();
        for (NodePoolSpec pool : slotSpec.nodePools()) {
            var nodePool = new GkeNodePool(clusterName + "-" + pool.name(), new GkeNodePoolArgs(
                    gcp.project(), location, cluster.clusterName(), pool, version, nodeLocations, zones,
                    nodeAccount.email(), environment.gcpLabels(slot, "gke-node-pool")), child);
            pools.addAll(nodePool.nodePools());
        }

        var kubeconfig = Output.tuple(cluster.clusterName(), cluster.endpoint(), cluster.caCertificate())
                .applyValue(t -> GkeKubeconfig.render(t.t1, t.t2, t.t3));
        var kubernetes = new Provider(clusterName, ProviderArgs.builder().kubeconfig(kubeconfig).build(),
                CustomResourceOptions.builder().parent(this).build());

        var storage = new LabelledStorageClass(clusterName + "-storage", kubernetes, List.of(cluster),
                environment.gcpLaunchLabels(slot, "volume"), child);

        this.handle = new ClusterHandle(environment, slot, slotSpec, clusterName, cluster, pools, List.of(storage), kubernetes, foundation,
                Optional.empty(), Optional.of(new GcpClusterIdentity(gcp.project(), cluster.workloadPool(),
                        foundation.subnetworkId())));
        registerOutputs(Map.of(
                "clusterName", cluster.clusterName(),
                "endpoint", cluster.endpoint(),
                "workloadPool", Output.of(cluster.workloadPool())));
    }

    /**
     * The region's zones that are up, sorted. Zone letters differ per region ({@code europe-west1}
     * has b, c and d), so they are looked up rather than guessed.
     */
    private static Output<List<String>> zonesOf(String project, String region) {
        return ComputeFunctions.getZones(GetZonesArgs.builder().project(project).region(region).status("UP").build())
                .applyValue(found -> {
                    if (found.names().isEmpty()) {
                        throw new IllegalStateException("region " + region + " of project " + project + " reports no zone that is up");
                    }
                    return found.names().stream().sorted().toList();
                });
    }

    /** The slot's cluster as add-ons, namespaces and slot DNS see it. */
    public ClusterHandle handle() {
        return handle;
    }
}
