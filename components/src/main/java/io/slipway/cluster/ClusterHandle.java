package io.slipway.cluster;

import com.pulumi.kubernetes.Provider;
import com.pulumi.resources.Resource;
import io.slipway.model.SlotSpec;
import java.util.List;
import java.util.Optional;

/**
 * A slot's cluster as add-ons, team namespaces and slot DNS see it, whatever the cloud.
 *
 * @param environment the environment it belongs to
 * @param slot        the slot name ({@code blue} or {@code green})
 * @param slotSpec    the slot's settings
 * @param clusterName the physical cluster name ({@code <env>-<slot>})
 * @param cluster     the cluster component, for dependencies
 * @param nodePools   the node pools; add-ons depend on them so pods have somewhere to run
 * @param clusterServices cluster-wide objects add-ons rely on, such as the default StorageClass
 *                    (encrypted and tagged on EKS, labelled on GKE)
 * @param kubernetes  the Kubernetes provider bound to this cluster
 * @param foundation  the environment's shared foundation
 * @param aws         AWS identity inputs, present on EKS
 * @param gcp         GCP identity inputs, present on GKE
 */
public record ClusterHandle(
        EnvironmentContext environment,
        String slot,
        SlotSpec slotSpec,
        String clusterName,
        Resource cluster,
        List<Resource> nodePools,
        List<Resource> clusterServices,
        Provider kubernetes,
        Foundation foundation,
        Optional<AwsClusterIdentity> aws,
        Optional<GcpClusterIdentity> gcp) {

    public ClusterHandle {
        nodePools = List.copyOf(nodePools);
        clusterServices = List.copyOf(clusterServices);
    }

    /** Everything an add-on release must wait for: the cluster, its node pools and its cluster services. */
    public List<Resource> readiness() {
        var all = new java.util.ArrayList<Resource>();
        all.add(cluster);
        all.addAll(nodePools);
        all.addAll(clusterServices);
        return List.copyOf(all);
    }
}
