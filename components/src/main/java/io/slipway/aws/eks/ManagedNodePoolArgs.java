package io.slipway.aws.eks;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import io.slipway.aws.AwsFoundationOutputs;
import io.slipway.aws.iam.NodeRole;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.model.NodePoolSpec;
import java.util.List;
import java.util.Objects;

/**
 * Inputs of a {@link ManagedNodePool}.
 *
 * @param environment              the environment, for names and cost tags. Required.
 * @param slot                     the slot whose cluster the nodes join. Required.
 * @param pool                     the pool's settings from the spec. Required.
 * @param clusterName              the EKS cluster's name, an output so the pool waits for the cluster. Required.
 * @param foundation               the private subnets and the KMS key for root volumes. Required.
 * @param nodeRole                 the IAM role the nodes run as. Required.
 * @param maxUnavailablePercentage share of nodes a rolling update may replace at once, 1–100. @default 33
 * @param dependsOn                what must run before the first node joins, such as the vpc-cni add-on.
 *                                 Given to the node group itself: a component's dependencies do not reach
 *                                 its children. @default []
 */
public record ManagedNodePoolArgs(
        EnvironmentContext environment,
        String slot,
        NodePoolSpec pool,
        Output<String> clusterName,
        AwsFoundationOutputs foundation,
        NodeRole nodeRole,
        Integer maxUnavailablePercentage,
        List<Resource> dependsOn) {

    public ManagedNodePoolArgs {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(clusterName, "clusterName");
        Objects.requireNonNull(foundation, "foundation");
        Objects.requireNonNull(nodeRole, "nodeRole");
        maxUnavailablePercentage = maxUnavailablePercentage == null ? 33 : maxUnavailablePercentage;
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        if (maxUnavailablePercentage < 1 || maxUnavailablePercentage > 100) {
            throw new IllegalArgumentException("node pool '" + pool.name() + "': maxUnavailablePercentage must be 1–100, not "
                    + maxUnavailablePercentage);
        }
    }

    /** The node group's name, {@code <cluster>-<pool>}: the autoscaler's priority expander matches it in ASG names. */
    public String nodeGroupName() {
        return nodeGroupName(environment, slot, pool.name());
    }

    /** EKS's limit on node group names. */
    public static final int MAX_NODE_GROUP_NAME = 63;

    /** {@code <cluster>-<pool>}; validation checks the same name against {@link #MAX_NODE_GROUP_NAME}. */
    public static String nodeGroupName(EnvironmentContext environment, String slot, String pool) {
        return environment.clusterName(slot) + "-" + pool;
    }
}
