package io.slipway.platform;

import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.cluster.CloudPlatform;
import io.slipway.cluster.ClusterHandle;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.model.SlotSpec;

/**
 * One cluster slot ({@code blue} or {@code green}): the cloud's cluster with its node pools and
 * Kubernetes provider, then everything that runs on it.
 */
public final class ClusterSlot extends ComponentResource {
    public static final String TYPE = "slipway:platform:ClusterSlot";

    private final ClusterHandle cluster;

    public ClusterSlot(EnvironmentContext environment, String slot, SlotSpec slotSpec, CloudPlatform platform) {
        super(TYPE, environment.clusterName(slot), ComponentResourceOptions.builder().build());
        this.cluster = platform.createCluster(slot, slotSpec, this);
        registerOutputs(java.util.Map.of());
    }

    public String clusterName() {
        return cluster.clusterName();
    }

    public ClusterHandle cluster() {
        return cluster;
    }
}
