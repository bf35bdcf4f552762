package io.slipway.gcp;

import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.cluster.CloudPlatform;
import io.slipway.cluster.ClusterHandle;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.cluster.Foundation;
import io.slipway.model.SlotSpec;

/**
 * Builds GCP environments: one {@link GcpFoundation}, then a {@link GcpCluster} per slot on it.
 * The foundation is created on first use, so it exists once however often it is asked for.
 */
public final class GcpPlatform implements CloudPlatform {
    private final EnvironmentContext environment;
    private GcpFoundationOutputs foundation;

    public GcpPlatform(EnvironmentContext environment) {
        this(environment, null);
    }

    /**
     * @param foundation the foundation to build slots on, such as an ephemeral child's
     *                   {@link GcpParentFoundation}; null builds the environment's own {@link GcpFoundation}
     */
    public GcpPlatform(EnvironmentContext environment, GcpFoundationOutputs foundation) {
        this.foundation = foundation;
        if (environment.spec().gcp() == null) {
            throw new IllegalArgumentException("environment '" + environment.name() + "' has cloud gcp but no 'gcp' settings");
        }
        this.environment = environment;
    }

    @Override
    public Foundation foundation() {
        return gcpFoundation();
    }

    private GcpFoundationOutputs gcpFoundation() {
        if (foundation == null) {
            foundation = new GcpFoundation(environment, ComponentResourceOptions.builder().build());
        }
        return foundation;
    }

    @Override
    public ClusterHandle createCluster(String slot, SlotSpec slotSpec, Resource parent) {
        var cluster = new GcpCluster(new GcpClusterArgs(environment, slot, slotSpec, gcpFoundation()),
                ComponentResourceOptions.builder().parent(parent).build());
        return cluster.handle();
    }
}
