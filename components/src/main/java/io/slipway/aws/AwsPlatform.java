package io.slipway.aws;

import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.cluster.CloudPlatform;
import io.slipway.cluster.ClusterHandle;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.cluster.Foundation;
import io.slipway.model.SlotSpec;

/**
 * Builds AWS environments: the {@link AwsFoundation} once (network, zone, key, backups bucket),
 * then an {@link AwsCluster} (IAM, EKS, managed node groups, Kubernetes provider) per slot.
 */
public final class AwsPlatform implements CloudPlatform {
    private final EnvironmentContext environment;
    private final AwsFoundationOutputs foundation;

    public AwsPlatform(EnvironmentContext environment) {
        this(environment, new AwsFoundation(environment));
    }

    /** Slots on a given foundation, such as an ephemeral child's {@link AwsParentFoundation}. */
    public AwsPlatform(EnvironmentContext environment, AwsFoundationOutputs foundation) {
        this.environment = environment;
        this.foundation = foundation;
    }

    @Override
    public Foundation foundation() {
        return foundation;
    }

    @Override
    public ClusterHandle createCluster(String slot, SlotSpec slotSpec, Resource parent) {
        return new AwsCluster(environment.clusterName(slot), new AwsClusterArgs(environment, slot, slotSpec, foundation),
                ComponentResourceOptions.builder().parent(parent).build()).handle();
    }
}
