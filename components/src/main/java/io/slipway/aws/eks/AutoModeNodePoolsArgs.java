package io.slipway.aws.eks;

import com.pulumi.core.Output;
import com.pulumi.kubernetes.Provider;
import com.pulumi.resources.Resource;
import io.slipway.aws.AwsFoundationOutputs;
import io.slipway.aws.iam.NodeRole;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.model.SlotSpec;
import java.util.List;
import java.util.Objects;

/**
 * Inputs of {@link AutoModeNodePools}.
 *
 * @param environment the environment, for names and tags. Required.
 * @param slot        the slot whose cluster runs on EKS Auto Mode. Required.
 * @param slotSpec    the slot's node pools; each becomes a NodeClass and a NodePool. Required.
 * @param cluster     the slot's cluster: its name and security group. Required.
 * @param nodeRole    the role the nodes run as, named in every NodeClass. Required.
 * @param foundation  the private subnets and the environment key. Required.
 * @param partition   the AWS partition, for the access policy ARN. Required.
 * @param kubernetes  the slot's Kubernetes provider. Required.
 * @param after       what the API must have before a NodeClass can be written: the cluster (whose creation
 *                    defines the kinds) and the admin access entries. @default []
 */
public record AutoModeNodePoolsArgs(EnvironmentContext environment, String slot, SlotSpec slotSpec, EksCluster cluster,
                                    NodeRole nodeRole, AwsFoundationOutputs foundation, Output<String> partition,
                                    Provider kubernetes, List<Resource> after) {
    public AutoModeNodePoolsArgs {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(slotSpec, "slotSpec");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(nodeRole, "nodeRole");
        Objects.requireNonNull(foundation, "foundation");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(kubernetes, "kubernetes");
        after = after == null ? List.of() : List.copyOf(after);
    }
}
