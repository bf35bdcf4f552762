package io.slipway.aws.iam;

import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.slipway.aws.kms.KeyUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The IAM role an EKS control plane runs as: AWS's managed cluster policy, plus the use of the
 * environment's KMS key (and only that key) for envelope encryption of Kubernetes secrets.
 * On EKS Auto Mode the control plane also launches nodes, volumes and load balancers as this role:
 * EKS's four Auto Mode policies, {@code sts:TagSession} in the trust (EKS tags its sessions with the
 * cluster name), the data-key calls on the environment key (node volumes and those of the encrypted
 * StorageClass), and the right to tag the nodes, volumes and load balancers it creates with the
 * slot's tags, for this cluster only.
 */
public final class ClusterRole extends ComponentResource {
    public static final String TYPE = "slipway:aws:ClusterRole";
    static final String MANAGED_POLICY = "AmazonEKSClusterPolicy";
    /** What EKS Auto Mode needs besides the cluster policy (Amazon EKS User Guide, "EKS Auto Mode cluster IAM role"). */
    public static final List<String> AUTO_MODE_POLICIES = List.of(
            "AmazonEKSComputePolicy", "AmazonEKSBlockStoragePolicy", "AmazonEKSLoadBalancingPolicy", "AmazonEKSNetworkingPolicy");

    private final Output<String> roleArn;
    private final Output<String> roleName;

    public ClusterRole(String name, ClusterRoleArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        String clusterName = args.environment().clusterName(args.slot());
        boolean autoMode = args.environment().eksAutoMode();
        var managedPolicies = new ArrayList<String>();
        managedPolicies.add(MANAGED_POLICY);
        if (autoMode) {
            managedPolicies.addAll(AUTO_MODE_POLICIES);
        }
        var role = ServiceRoles.trustedBy("eks.amazonaws.com", "EksControlPlane",
                autoMode ? List.of("sts:AssumeRole", "sts:TagSession") : List.of("sts:AssumeRole"), name, RoleArgs.builder()
                        .name(clusterName + "-eks-cluster")
                        .description("EKS control plane of " + clusterName)
                        .tags(args.environment().awsTags(args.slot(), "cluster-role")),
                args.partition(), managedPolicies, this);
        // CreateGrant lets EKS hand the key to its own encryption machinery; the condition keeps
        // those grants for AWS services, never for another principal.
        var kmsPolicy = PolicyDocument.of(autoMode
                ? List.of(KeyUse.operations("EncryptSecretsAndVolumes", args.kmsKeyArn()),
                        KeyUse.grantsForAwsResources("GrantToEks", args.kmsKeyArn()))
                : List.of(PolicyStatement.allow("EncryptSecrets", "kms:Encrypt", "kms:Decrypt", "kms:DescribeKey")
                                .resources(args.kmsKeyArn()),
                        KeyUse.grantsForAwsResources("GrantToEks", args.kmsKeyArn())));
        new RolePolicy(name + "-secrets-kms", RolePolicyArgs.builder()
                .role(role.name())
                .policy(kmsPolicy)
                .build(), CustomResourceOptions.builder().parent(this).build());
        if (autoMode) {
            new RolePolicy(name + "-custom-tags", RolePolicyArgs.builder()
                    .role(role.name())
                    .policy(customTags(clusterName, args.partition()))
                    .build(), CustomResourceOptions.builder().parent(this).build());
        }
        this.roleArn = role.arn();
        this.roleName = role.name();
        registerOutputs(Map.of("roleArn", roleArn));
    }

    /**
     * Auto Mode's managed policies refuse user-defined tags on what it creates; these statements let
     * the nodes (instances, launch templates, volumes, network interfaces) and the ingress load
     * balancer carry the slot's NodeClass and cost tags, and only for resources of this cluster, which
     * EKS marks with its cluster-name tag (Amazon EKS User Guide, "Custom AWS tags for EKS Auto resources").
     */
    static Output<String> customTags(String clusterName, Output<String> partition) {
        String clusterTag = "aws:RequestTag/eks:eks-cluster-name";
        return PolicyDocument.of(
                PolicyStatement.allow("TaggedNodesOfThisCluster", "ec2:CreateFleet", "ec2:CreateLaunchTemplate", "ec2:RunInstances")
                        .resources("*")
                        .condition("StringEquals", clusterTag, clusterName)
                        .condition("StringLike", "aws:RequestTag/eks:kubernetes-node-class-name", "*")
                        .condition("StringLike", "aws:RequestTag/eks:kubernetes-node-pool-name", "*"),
                PolicyStatement.allow("TaggedVolumesOfThisCluster", "ec2:CreateSnapshot", "ec2:CreateVolume")
                        .resources(List.of(partition.applyValue(p -> "arn:" + p + ":ec2:*:*:volume/*"),
                                partition.applyValue(p -> "arn:" + p + ":ec2:*:*:snapshot/*")))
                        .condition("StringEquals", clusterTag, clusterName),
                PolicyStatement.allow("TaggedNetworkInterfacesOfThisCluster", "ec2:CreateNetworkInterface")
                        .resources("*")
                        .condition("StringEquals", clusterTag, clusterName)
                        .condition("StringLike", "aws:RequestTag/eks:kubernetes-cni-node-name", "*"),
                PolicyStatement.allow("TaggedLoadBalancersOfThisCluster", "ec2:CreateSecurityGroup",
                                "elasticloadbalancing:CreateListener", "elasticloadbalancing:CreateLoadBalancer",
                                "elasticloadbalancing:CreateRule", "elasticloadbalancing:CreateTargetGroup")
                        .resources("*")
                        .condition("StringEquals", clusterTag, clusterName));
    }

    public Output<String> roleArn() {
        return roleArn;
    }

    public Output<String> roleName() {
        return roleName;
    }
}
