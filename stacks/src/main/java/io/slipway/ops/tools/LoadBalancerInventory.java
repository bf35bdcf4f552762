package io.slipway.ops.tools;

import io.slipway.ops.SlotTarget;
import java.util.List;

/**
 * The cloud's view of the load balancers a cluster created, found by the cluster tag the
 * controllers put on them. A cluster's network cannot be deleted while one remains.
 */
public interface LoadBalancerInventory {
    /** Identifiers (ARNs, forwarding-rule names) of the load balancers still tagged for the slot's cluster. */
    List<String> remaining(SlotTarget target);

    /**
     * Deletes load balancers {@link #remaining} listed, cloud-side: for a cluster whose API is gone,
     * whose controllers will never delete them.
     */
    void delete(SlotTarget target, List<String> ids);
}
