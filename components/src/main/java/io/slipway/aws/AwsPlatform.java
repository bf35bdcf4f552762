package io.slipway.aws;

import com.pulumi.resources.Resource;
import io.slipway.cluster.CloudPlatform;
import io.slipway.cluster.ClusterHandle;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.cluster.Foundation;
import io.slipway.model.SlotSpec;

/** Builds Aws environments. (Skeleton: filled in by the Aws components work.) */
public final class AwsPlatform implements CloudPlatform {
    public AwsPlatform(EnvironmentContext environment) {
        throw new UnsupportedOperationException("aws environments are not built yet");
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
