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
    private GcpFoundation foundation;

    public GcpPlatform(EnvironmentContext environment) {
        if (environment.spec().gcp() == null) {
            throw new IllegalArgumentException("environment '" + environment.name() + "' has cloud gcp but no 'gcp' settings");
        }
        this.environment = environment;
    }

    @Override
    public Foundation foundation() {
        return gcpFoundation();
    }

    private GcpFoundation gcpFoundation() {
        if (foundation == null) {
            foundation = new GcpFoundation(environment, ComponentResourceOptions.builder().build());
        }
        return foundation;
    }

    @Override
    public ClusterHandle createCluster(String slot, SlotSpec slotSpec, Resource parent) {
        var cluster = new GcpCluster(environment, slot, slotSpec, gcpFoundation(),
                ComponentResourceOptions.builder().parent(parent).build());
        return cluster.handle();
    }
}
