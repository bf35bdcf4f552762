package io.slipway.cluster;

import com.pulumi.resources.Resource;
import io.slipway.model.SlotSpec;

/**
 * One cloud's way of building an environment: its foundation once, then a cluster per slot.
 * The platform program holds no cloud-specific code beyond choosing the implementation.
 */
public interface CloudPlatform {
    /** The environment's foundation (network, DNS zone, KMS key, backups bucket), built once. */
    Foundation foundation();

    /**
     * Builds one slot's cluster, node pools and Kubernetes provider as children of {@code parent}.
     */
    ClusterHandle createCluster(String slot, SlotSpec slotSpec, Resource parent);
}
