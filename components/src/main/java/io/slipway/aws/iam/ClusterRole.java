package io.slipway.aws.iam;

import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.slipway.aws.kms.KeyUse;
import java.util.List;
import java.util.Map;

/**
 * The IAM role an EKS control plane runs as: AWS's managed cluster policy, plus the use of the
 * environment's KMS key (and only that key) for envelope encryption of Kubernetes secrets.
 */
public final class ClusterRole extends ComponentResource {
    public static final String TYPE = "slipway:aws:ClusterRole";
    static final String MANAGED_POLICY = "AmazonEKSClusterPolicy";

    private final Output<String> roleArn;
    private final Output<String> roleName;

    public ClusterRole(String name, ClusterRoleArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        String clusterName = args.environment().clusterName(args.slot());
        var role = ServiceRoles.trustedBy("eks.amazonaws.com", "EksControlPlane", name, RoleArgs.builder()
                        .name(clusterName + "-eks-cluster")
                        .description("EKS control plane of " + clusterName)
                        .tags(args.environment().awsTags(args.slot(), "cluster-role")),
                args.partition(), List.of(MANAGED_POLICY), this);
        // CreateGrant lets EKS hand the key to its own encryption machinery; the condition keeps
        // those grants for AWS services, never for another principal.
        var kmsPolicy = PolicyDocument.of(
                PolicyStatement.allow("EncryptSecrets", "kms:Encrypt", "kms:Decrypt", "kms:DescribeKey")
                        .resources(args.kmsKeyArn()),
                KeyUse.grantsForAwsResources("GrantToEks", args.kmsKeyArn()));
        new RolePolicy(name + "-secrets-kms", RolePolicyArgs.builder()
                .role(role.name())
                .policy(kmsPolicy)
                .build(), CustomResourceOptions.builder().parent(this).build());
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
