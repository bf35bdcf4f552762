package io.slipway.addons.autoscaler;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.addons.AddonArgs;
import io.slipway.addons.PinnedRelease;
import io.slipway.addons.lock.Addon;
import io.slipway.addons.lock.KubernetesMinor;
import io.slipway.aws.iam.IrsaRole;
import io.slipway.aws.iam.IrsaRoleArgs;
import io.slipway.aws.iam.PolicyDocument;
import io.slipway.aws.iam.PolicyStatement;
import io.slipway.cluster.ClusterHandle;
import io.slipway.model.NodePoolSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * cluster-autoscaler on EKS: it finds the slot's node groups by the tags EKS puts on their
 * auto scaling groups, scales them with an IRSA role that can only touch groups tagged for this
 * cluster, runs the image of the cluster's own Kubernetes minor, and prefers spot pools, falling
 * back to on-demand when spot capacity runs dry. GKE autoscales natively; there is no release there.
 */
public final class ClusterAutoscaler extends ComponentResource {
    public static final String TYPE = "slipway:addons:ClusterAutoscaler";
    public static final String NAMESPACE = PinnedRelease.KUBE_SYSTEM;
    public static final String SERVICE_ACCOUNT = "cluster-autoscaler";
    static final int SPOT_PRIORITY = 50;
    static final int ON_DEMAND_PRIORITY = 10;

    public ClusterAutoscaler(String name, AddonArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var cluster = args.cluster();
        var identity = cluster.aws().orElseThrow(() -> new IllegalArgumentException(
                "cluster-autoscaler runs on EKS only; GKE's own autoscaler scales " + cluster.clusterName()));
        var pin = args.lock().pin(Addon.CLUSTER_AUTOSCALER);
        var minor = KubernetesMinor.parse(cluster.slotSpec().kubernetesVersion());
        String imageTag = pin.imageTagFor(minor).orElseThrow(() -> new IllegalArgumentException("the add-on lock pins no "
                + "cluster-autoscaler image for Kubernetes " + minor + " (slots." + cluster.slot() + ".kubernetesVersion)"));
        var role = new IrsaRole(name, new IrsaRoleArgs(cluster.environment(), cluster.slot(), "cluster-autoscaler", identity,
                NAMESPACE, SERVICE_ACCOUNT, Optional.of(policy(cluster)), List.of()),
                ComponentResourceOptions.builder().parent(this).build());
        PinnedRelease.installInKubeSystem(name, pin, values(cluster, imageTag, role.roleArn()),
                PinnedRelease.DEFAULT_TIMEOUT_SECONDS, args, this);
        registerOutputs(Map.of("roleArn", role.roleArn()));
    }

    /**
     * The policy of cluster-autoscaler's AWS documentation: scaling actions only on groups tagged
     * for this cluster; the describe calls, which IAM cannot scope to a resource, read-only.
     */
    static Output<String> policy(ClusterHandle cluster) {
        var identity = cluster.aws().orElseThrow();
        String clusterTag = "aws:ResourceTag/k8s.io/cluster-autoscaler/" + cluster.clusterName();
        return PolicyDocument.of(
                PolicyStatement.allow("ScaleOwnNodeGroups",
                                "autoscaling:SetDesiredCapacity", "autoscaling:TerminateInstanceInAutoScalingGroup")
                        .resources("*")
                        .condition("StringEquals", clusterTag, "owned")
                        .condition("StringEquals", "aws:ResourceTag/k8s.io/cluster-autoscaler/enabled", "true"),
                PolicyStatement.allow("DescribeScalingInputs",
                                "autoscaling:DescribeAutoScalingGroups", "autoscaling:DescribeAutoScalingInstances",
                                "autoscaling:DescribeLaunchConfigurations", "autoscaling:DescribeScalingActivities",
                                "autoscaling:DescribeTags", "ec2:DescribeImages", "ec2:DescribeInstanceTypes",
                                "ec2:DescribeLaunchTemplateVersions", "ec2:GetInstanceTypesFromInstanceRequirements")
                        .resources("*"),
                PolicyStatement.allow("DescribeOwnNodeGroups", "eks:DescribeNodegroup")
                        .resources(Output.tuple(identity.partition(), identity.accountId()).applyValue(t ->
                                "arn:" + t.t1 + ":eks:" + identity.region() + ":" + t.t2 + ":nodegroup/" + cluster.clusterName() + "/*/*")));
    }

    static Map<String, Object> values(ClusterHandle cluster, String imageTag, Output<String> roleArn) {
        var values = new LinkedHashMap<String, Object>();
        values.put("cloudProvider", "aws");
        values.put("awsRegion", cluster.aws().orElseThrow().region());
        values.put("autoDiscovery", Map.of("clusterName", cluster.clusterName(), "tags", List.of(
                "k8s.io/cluster-autoscaler/enabled", "k8s.io/cluster-autoscaler/" + cluster.clusterName())));
        values.put("image", Map.of("tag", imageTag));
        values.put("rbac", Map.of("serviceAccount", Map.of(
                "name", SERVICE_ACCOUNT,
                "annotations", Map.of("eks.amazonaws.com/role-arn", roleArn))));
        values.put("extraArgs", Map.of(
                "expander", "priority",
                "balance-similar-node-groups", true,
                "skip-nodes-with-local-storage", false));
        values.put("expanderPriorities", expanderPriorities(cluster));
        return values;
    }

    /**
     * Spot pools first, on-demand as the fallback. The expander matches auto scaling group names,
     * which EKS derives from the node group name: {@code eks-<cluster>-<pool>-<uuid>}.
     */
    static Map<String, List<String>> expanderPriorities(ClusterHandle cluster) {
        var priorities = new TreeMap<Integer, List<String>>();
        for (NodePoolSpec pool : cluster.slotSpec().nodePools()) {
            // Cluster and pool names are lower-case letters, digits and dashes: no regex metacharacters.
            String pattern = "^eks-" + cluster.clusterName() + "-" + pool.name() + "-[0-9a-f-]{36}$";
            priorities.computeIfAbsent(pool.isSpot() ? SPOT_PRIORITY : ON_DEMAND_PRIORITY, p -> new java.util.ArrayList<>()).add(pattern);
        }
        var byKey = new TreeMap<String, List<String>>();
        priorities.forEach((priority, patterns) -> byKey.put(String.valueOf(priority), List.copyOf(patterns)));
        return byKey;
    }
}
