package io.slipway.aws.eks;

import com.pulumi.aws.eks.AccessEntry;
import com.pulumi.aws.eks.AccessEntryArgs;
import com.pulumi.aws.eks.AccessPolicyAssociation;
import com.pulumi.aws.eks.AccessPolicyAssociationArgs;
import com.pulumi.aws.eks.inputs.AccessPolicyAssociationAccessScopeArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.kubernetes.KubernetesObject;
import io.slipway.kubernetes.KubernetesObjectArgs;
import io.slipway.model.NodePoolSpec;
import io.slipway.model.validation.cloud.InstanceCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A slot's node pools on EKS Auto Mode: per pool a NodeClass ({@link AutoModeNodeClass}: private
 * subnets, the environment key, the slot's cost tags) and a {@code karpenter.sh/v1} NodePool on it,
 * plus the access entry that lets the nodes join (EKS makes one only for its built-in pools, which
 * Slipway does not use). Each NodePool keeps the pool's capacity type, instance types, labels and
 * taints, and caps its CPU and memory at {@code max} nodes of its largest type; the system pool also
 * takes only pods tolerating {@code CriticalAddonsOnly}, as EKS's own system pool does. Auto Mode
 * launches nodes when pods are pending and removes empty ones, so {@code min} and {@code desired} have
 * no counterpart. IMDSv2 with a hop limit of 1 is enforced by Auto Mode on every node.
 */
public final class AutoModeNodePools extends ComponentResource {
    public static final String TYPE = "slipway:aws:AutoModeNodePools";
    public static final String API_VERSION = "karpenter.sh/v1";
    public static final String KIND = "NodePool";
    /** The EKS access policy a NodeClass's node role needs to join (same guide, "Create node class access entry"). */
    public static final String NODE_ACCESS_POLICY = "AmazonEKSAutoNodePolicy";
    static final String INSTANCE_TYPE = "node.kubernetes.io/instance-type";
    static final String CAPACITY_TYPE = "karpenter.sh/capacity-type";
    static final Map<String, String> SYSTEM_TAINT = Map.of("key", "CriticalAddonsOnly", "value", "true", "effect", "NoSchedule");

    private static final InstanceCatalog CATALOG = InstanceCatalog.load();

    public AutoModeNodePools(String name, AutoModeNodePoolsArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var environment = args.environment();
        var nodeRoleArn = args.nodeRole().roleArn();
        var entry = new AccessEntry(name + "-nodes", AccessEntryArgs.builder()
                .clusterName(args.cluster().clusterName())
                .principalArn(nodeRoleArn)
                .type("EC2")
                .tags(environment.awsTags(args.slot(), "node-access"))
                .build(), CustomResourceOptions.builder().parent(this).build());
        var joinPolicy = new AccessPolicyAssociation(name + "-nodes", AccessPolicyAssociationArgs.builder()
                .clusterName(args.cluster().clusterName())
                .principalArn(nodeRoleArn)
                .policyArn(args.partition().applyValue(p -> "arn:" + p + ":eks::aws:cluster-access-policy/" + NODE_ACCESS_POLICY))
                .accessScope(AccessPolicyAssociationAccessScopeArgs.builder().type("cluster").build())
                .build(), CustomResourceOptions.builder().parent(this).dependsOn(entry).build());
        // Nodes launch as soon as pods are pending: the role's policies must be attached by then.
        var after = new ArrayList<Resource>(args.after());
        after.add(joinPolicy);
        after.add(args.nodeRole());
        for (NodePoolSpec pool : args.slotSpec().nodePools()) {
            var tags = new TreeMap<>(environment.launchTags(args.slot(), "node-pool"));
            tags.put(ManagedNodePool.POOL_TAG, pool.name());
            var nodeClass = new KubernetesObject(name + "-" + pool.name() + "-class", new KubernetesObjectArgs(
                    AutoModeNodeClass.API_VERSION, AutoModeNodeClass.KIND,
                    ObjectMetaArgs.builder().name(AutoModeNodeClass.nameOf(pool)).build(),
                    AutoModeNodeClass.spec(pool, args.nodeRole().roleName(), args.foundation().privateSubnetIds(),
                            args.cluster().clusterSecurityGroupId(), args.foundation().kmsKeyArn(), tags)),
                    CustomResourceOptions.builder().parent(this).provider(args.kubernetes()).dependsOn(after).build());
            new KubernetesObject(name + "-" + pool.name(), new KubernetesObjectArgs(API_VERSION, KIND,
                    ObjectMetaArgs.builder().name(AutoModeNodeClass.nameOf(pool)).build(), spec(pool)),
                    CustomResourceOptions.builder().parent(this).provider(args.kubernetes()).dependsOn(nodeClass).build());
        }
        registerOutputs(Map.of());
    }

    /** The NodePool's spec for {@code pool}. */
    static Map<String, Object> spec(NodePoolSpec pool) {
        var nodeSpec = new LinkedHashMap<String, Object>();
        nodeSpec.put("nodeClassRef", Map.of("group", "eks.amazonaws.com", "kind", AutoModeNodeClass.KIND,
                "name", AutoModeNodeClass.nameOf(pool)));
        nodeSpec.put("requirements", List.of(
                Map.of("key", INSTANCE_TYPE, "operator", "In", "values", pool.instanceTypes()),
                Map.of("key", CAPACITY_TYPE, "operator", "In", "values", List.of(pool.isSpot() ? "spot" : "on-demand"))));
        var taints = new ArrayList<Map<String, String>>();
        if (pool.system() && pool.taints().stream().noneMatch(taint -> taint.key().equals(SYSTEM_TAINT.get("key")))) {
            taints.add(SYSTEM_TAINT);
        }
        pool.taints().forEach(taint -> taints.add(Map.of(
                "key", taint.key(), "value", taint.value(), "effect", taint.effect().kubernetesName())));
        if (!taints.isEmpty()) {
            nodeSpec.put("taints", taints);
        }
        var template = new LinkedHashMap<String, Object>();
        if (!pool.labels().isEmpty()) {
            template.put("metadata", Map.of("labels", pool.labels()));
        }
        template.put("spec", nodeSpec);
        var spec = new LinkedHashMap<String, Object>();
        spec.put("template", template);
        spec.put("limits", limits(pool));
        return spec;
    }

    /**
     * At most {@code max} nodes of the pool's largest type: Auto Mode counts capacity, not nodes, so the
     * cap is their CPU and memory. A type missing from the catalog is refused by validation first.
     */
    static Map<String, String> limits(NodePoolSpec pool) {
        int vcpus = 0;
        double memoryGib = 0;
        for (String type : pool.instanceTypes()) {
            var size = CATALOG.sizeOf(type).orElseThrow(() -> new IllegalArgumentException("node pool '" + pool.name()
                    + "': instance type " + type + " is not in the instance catalog"));
            vcpus = Math.max(vcpus, size.vcpus());
            memoryGib = Math.max(memoryGib, size.memoryGib());
        }
        return Map.of("cpu", String.valueOf(vcpus * pool.max()), "memory", (long) Math.ceil(memoryGib * pool.max()) + "Gi");
    }
}
