package io.slipway.gcp;

import com.pulumi.resources.Resource;
import io.slipway.cluster.CloudPlatform;
import io.slipway.cluster.ClusterHandle;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.cluster.Foundation;
import io.slipway.model.SlotSpec;

/** Builds Gcp environments. (Skeleton: filled in by the Gcp components work.) */
public final class GcpPlatform implements CloudPlatform {
    public GcpPlatform(EnvironmentContext environment) {
        throw new UnsupportedOperationException("gcp environments are not built yet");
    }

    @Override
    public Foundation foundation() {
        throw new UnsupportedOperationException();
    }

    @Override
    public ClusterHandle createCluster(String slot, SlotSpec slotSpec, Resource parent) {
        throw new UnsupportedOperationException();
    }
}
