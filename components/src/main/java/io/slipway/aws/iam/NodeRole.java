package io.slipway.aws.iam;

import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import java.util.List;
import java.util.Map;

/**
 * The IAM role of a slot's worker nodes, shared by its managed node groups. It holds only what a
 * kubelet needs to join the cluster and pull images. The CNI policy is deliberately absent: the
 * vpc-cni add-on gets it through its own IRSA role, so no pod on a node inherits ENI permissions.
 * On EKS Auto Mode, where EKS runs the node's networking and storage itself, nodes need even less:
 * the minimal worker policy and pull-only registry access (Amazon EKS User Guide, "EKS Auto Mode node
 * IAM role").
 */
public final class NodeRole extends ComponentResource {
    public static final String TYPE = "slipway:aws:NodeRole";
    public static final List<String> MANAGED_POLICIES = List.of("AmazonEKSWorkerNodePolicy", "AmazonEC2ContainerRegistryReadOnly");
    public static final List<String> AUTO_MODE_POLICIES = List.of("AmazonEKSWorkerNodeMinimalPolicy", "AmazonEC2ContainerRegistryPullOnly");

    private final Output<String> roleArn;
    private final Output<String> roleName;

    public NodeRole(String name, NodeRoleArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        String clusterName = args.environment().clusterName(args.slot());
        var role = ServiceRoles.trustedBy("ec2.amazonaws.com", "Ec2Instances", name, RoleArgs.builder()
                        .name(clusterName + "-eks-node")
                        .description("Worker nodes of " + clusterName)
                        .tags(args.environment().awsTags(args.slot(), "node-role")),
                args.partition(), args.environment().eksAutoMode() ? AUTO_MODE_POLICIES : MANAGED_POLICIES, this);
        this.roleArn = role.arn();
        this.roleName = role.name();
        registerOutputs(Map.of("roleArn", roleArn));
    }

    public Output<String> roleArn() {
        return roleArn;
    }

    public Output<String> roleName() {
        return roleName;
    }
}
