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
}
