package io.slipway.ops.tools;

import io.slipway.ops.SlotTarget;
import java.util.List;

/** What must leave a cluster before it is destroyed: everything that owns a cloud load balancer. */
public interface ClusterWorkloads {
    /**
     * Deletes every Service of type LoadBalancer and every Ingress in the slot's cluster, and
     * returns what it deleted ({@code namespace/kind/name}).
     */
    List<String> deleteLoadBalancerOwners(SlotTarget target);

    /** Whether the slot's cluster API answers; a missing cluster or a failed credential call is a no. */
    boolean reachable(SlotTarget target);
}
