package io.slipway.aws;

import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.outputs.GetCallerIdentityResult;
import com.pulumi.aws.outputs.GetPartitionResult;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.aws.eks.AdminAccess;
import io.slipway.aws.eks.AdminAccessArgs;
import io.slipway.aws.eks.AutoModeNodePools;
import io.slipway.aws.eks.AutoModeNodePoolsArgs;
import io.slipway.aws.eks.CoreAddons;
import io.slipway.aws.eks.CoreAddonsArgs;
import io.slipway.aws.eks.EksCluster;
import io.slipway.aws.eks.EksClusterArgs;
import io.slipway.aws.eks.ManagedNodePool;
import io.slipway.aws.eks.ManagedNodePoolArgs;
import io.slipway.aws.eks.NodeNetworkAddons;
import io.slipway.aws.eks.NodeNetworkAddonsArgs;
import io.slipway.aws.iam.ClusterOidcProvider;
import io.slipway.aws.iam.ClusterOidcProviderArgs;
import io.slipway.aws.iam.ClusterRole;
import io.slipway.aws.iam.ClusterRoleArgs;
import io.slipway.aws.iam.NodeRole;
import io.slipway.aws.iam.NodeRoleArgs;
import io.slipway.aws.kubernetes.AutoModeNetworkPolicies;
import io.slipway.aws.kubernetes.EksKubernetesProvider;
import io.slipway.aws.kubernetes.EksKubernetesProviderArgs;
import io.slipway.aws.kubernetes.EncryptedStorageClass;
import io.slipway.cluster.AwsClusterIdentity;
import io.slipway.cluster.ClusterHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One cluster slot on AWS: the control plane's and nodes' IAM roles, the EKS cluster, its OIDC
 * provider for IRSA, admin access entries, the managed add-ons, one managed node group per pool,
 * and a Kubernetes provider bound to the cluster. On EKS Auto Mode ({@code aws.autoMode}) EKS runs the
 * add-ons and launches the nodes itself: no managed add-on, no node group, the pools are
 * {@link AutoModeNodePools}. Everything is named after the cluster
 * ({@code <environment>-<slot>}), so two slots live side by side in one stack.
 */
public final class AwsCluster extends ComponentResource {
    public static final String TYPE = "slipway:aws:Cluster";
    /** Control-plane logs of an ephemeral cluster outlive it briefly, for a post-mortem, not for audits. */
    public static final int EPHEMERAL_LOG_RETENTION_DAYS = 7;

    private final ClusterHandle handle;

    public AwsCluster(String name, AwsClusterArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var environment = args.environment();
        String slot = args.slot();
        String clusterName = environment.clusterName(slot);
        String minor = args.slotSpec().minorVersion();
        var foundation = args.foundation();
        var children = ComponentResourceOptions.builder().parent(this).build();

        Output<String> partition = AwsFunctions.getPartition().applyValue(GetPartitionResult::partition);
        Output<String> accountId = AwsFunctions.getCallerIdentity().applyValue(GetCallerIdentityResult::accountId);

        var clusterRole = new ClusterRole(clusterName + "-cluster-role",
                new ClusterRoleArgs(environment, slot, partition, foundation.kmsKeyArn()), children);
        var nodeRole = new NodeRole(clusterName + "-node-role", new NodeRoleArgs(environment, slot, partition), children);
        boolean autoMode = environment.eksAutoMode();
        var cluster = new EksCluster(clusterName, new EksClusterArgs(environment, slot, args.slotSpec(), foundation, clusterRole,
                environment.spec().isEphemeral() ? EPHEMERAL_LOG_RETENTION_DAYS : null), children);
        var oidc = new ClusterOidcProvider(clusterName + "-oidc",
                new ClusterOidcProviderArgs(environment, slot, cluster.oidcIssuerUrl()), children);
        var adminRoles = environment.spec().aws() == null ? List.<String>of() : environment.spec().aws().adminRoleArns();
        var admins = new AdminAccess(clusterName + "-admins",
                new AdminAccessArgs(environment, slot, cluster.clusterName(), adminRoles, partition), children);
        var identity = new AwsClusterIdentity(oidc.arn(), oidc.issuerHost(), accountId, partition, environment.spec().region(),
                foundation.hostedZoneArn(), foundation.backupsBucketArn(), foundation.kmsKeyArn(), foundation.vpcId());

        var nodePools = new ArrayList<Resource>();
        var clusterServices = new ArrayList<Resource>();
        EksKubernetesProvider kubernetes;
        if (autoMode) {
            // EKS runs networking, CoreDNS, block storage and node scaling itself: nothing waits for
            // add-ons or node groups, and nodes launch once the first pods are pending.
            kubernetes = new EksKubernetesProvider(clusterName + "-kubernetes",
                    new EksKubernetesProviderArgs(cluster, environment.spec().region(), List.of(admins)), children);
            nodePools.add(new AutoModeNodePools(clusterName + "-node-pools",
                    new AutoModeNodePoolsArgs(environment, slot, args.slotSpec(), cluster, nodeRole, foundation, partition,
                            kubernetes.provider(), List.of(cluster, admins)),
                    children));
            clusterServices.add(new EncryptedStorageClass(clusterName + "-storage", kubernetes.provider(), foundation.kmsKeyArn(),
                    EncryptedStorageClass.AUTO_MODE_BLOCK_STORAGE, cluster, environment.launchTags(slot, "volume"), children));
            clusterServices.add(new AutoModeNetworkPolicies(clusterName + "-network-policies", kubernetes.provider(),
                    List.of(cluster, admins), children));
        } else {
            var nodeNetwork = new NodeNetworkAddons(clusterName + "-node-network",
                    new NodeNetworkAddonsArgs(environment, slot, minor, cluster.clusterName(), identity), children);
            for (var pool : args.slotSpec().nodePools()) {
                nodePools.add(new ManagedNodePool(clusterName + "-" + pool.name(),
                        new ManagedNodePoolArgs(environment, slot, pool, cluster.clusterName(), foundation, nodeRole, null,
                                List.of(nodeNetwork)), children));
            }
            var coreAddons = new CoreAddons(clusterName + "-core-addons",
                    new CoreAddonsArgs(environment, slot, minor, cluster.clusterName(), identity, foundation.kmsKeyArn(), nodePools),
                    children);
            // Nothing goes to the API before the admin entries exist (the deploying role is one of them)
            // and before DNS and storage run, which every Helm release expects.
            kubernetes = new EksKubernetesProvider(clusterName + "-kubernetes",
                    new EksKubernetesProviderArgs(cluster, environment.spec().region(), List.of(admins, coreAddons)), children);
            clusterServices.add(new EncryptedStorageClass(clusterName + "-storage", kubernetes.provider(), foundation.kmsKeyArn(),
                    EncryptedStorageClass.EBS_CSI_DRIVER, coreAddons, environment.launchTags(slot, "volume"), children));
        }

        this.handle = new ClusterHandle(environment, slot, args.slotSpec(), clusterName, cluster, nodePools,
                clusterServices, kubernetes.provider(), foundation, Optional.of(identity), Optional.empty());
        registerOutputs(Map.of(
                "clusterName", cluster.clusterName(),
                "endpoint", cluster.endpoint(),
                "oidcProviderArn", oidc.arn()));
    }

    /** The slot's cluster as add-ons, team namespaces and slot DNS use it. */
    public ClusterHandle handle() {
        return handle;
    }
}
