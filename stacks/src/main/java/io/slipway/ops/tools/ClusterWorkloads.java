package io.slipway.ops.tools;

import io.slipway.ops.SlotTarget;
import java.util.List;

/**
 * What must leave a cluster before it is destroyed: everything that owns a cloud load balancer, and the
 * volume claims whose disks would otherwise outlive it.
 */
public interface ClusterWorkloads {
    /**
     * Deletes every Service of type LoadBalancer and every Ingress in the slot's cluster, and
     * returns what it deleted ({@code namespace/kind/name}).
     */
    List<String> deleteLoadBalancerOwners(SlotTarget target);

    /**
     * Deletes every PersistentVolumeClaim in the slot's cluster, then every pod that mounts one (a claim in use
     * is only deleted once no scheduled pod mounts it; a pod recreated for it cannot be scheduled any more),
     * so the provisioner deletes the disks of those whose volume's reclaim policy is Delete.
     */
    ReleasedVolumes releaseVolumes(SlotTarget target);

    /** Which of {@code volumes} (PersistentVolume names) the slot's cluster still lists. */
    List<String> remainingVolumes(SlotTarget target, List<String> volumes);

    /** Whether the slot's cluster API answers; a missing cluster or a failed credential call is a no. */
    boolean reachable(SlotTarget target);
}
