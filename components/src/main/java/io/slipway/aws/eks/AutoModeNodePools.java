package io.slipway.aws.eks;

import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.slipway.kubernetes.KubernetesObject;
import io.slipway.kubernetes.KubernetesObjectArgs;
import io.slipway.model.NodePoolSpec;
import io.slipway.model.validation.cloud.InstanceCatalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A slot's worker pools on EKS Auto Mode: one {@code karpenter.sh/v1} NodePool per pool that is not
 * the system pool (which is Auto Mode's built-in {@code system} pool), on Auto Mode's {@code default}
 * NodeClass: the cluster's private subnets, IMDSv2 with a hop limit of 1 and encrypted volumes, all
 * enforced by Auto Mode. Each keeps the pool's capacity type, instance types, labels and taints, and
 * caps its CPU and memory at {@code max} nodes of its largest type. Auto Mode launches nodes when pods
 * are pending and removes empty ones, so {@code min} and {@code desired} have no counterpart.
 */
public final class AutoModeNodePools extends ComponentResource {
    public static final String TYPE = "slipway:aws:AutoModeNodePools";
    public static final String API_VERSION = "karpenter.sh/v1";
    public static final String KIND = "NodePool";
    /** The NodeClass EKS creates with the built-in pools. */
    public static final String DEFAULT_NODE_CLASS = "default";
    static final String INSTANCE_TYPE = "node.kubernetes.io/instance-type";
    static final String CAPACITY_TYPE = "karpenter.sh/capacity-type";

    private static final InstanceCatalog CATALOG = InstanceCatalog.load();

    public AutoModeNodePools(String name, AutoModeNodePoolsArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        for (NodePoolSpec pool : args.slotSpec().nodePools()) {
            if (pool.system()) {
                continue;
            }
            new KubernetesObject(name + "-" + pool.name(), new KubernetesObjectArgs(API_VERSION, KIND,
                    ObjectMetaArgs.builder().name(pool.name()).build(), spec(pool)),
                    CustomResourceOptions.builder().parent(this).provider(args.kubernetes()).dependsOn(args.after()).build());
        }
        registerOutputs(Map.of());
    }

    /** The NodePool's spec for {@code pool}. */
    static Map<String, Object> spec(NodePoolSpec pool) {
        var nodeSpec = new LinkedHashMap<String, Object>();
        nodeSpec.put("nodeClassRef", Map.of("group", "eks.amazonaws.com", "kind", "NodeClass", "name", DEFAULT_NODE_CLASS));
        nodeSpec.put("requirements", List.of(
                Map.of("key", INSTANCE_TYPE, "operator", "In", "values", pool.instanceTypes()),
                Map.of("key", CAPACITY_TYPE, "operator", "In", "values", List.of(pool.isSpot() ? "spot" : "on-demand"))));
        if (!pool.taints().isEmpty()) {
            nodeSpec.put("taints", pool.taints().stream().map(taint -> Map.of(
                    "key", taint.key(), "value", taint.value(), "effect", taint.effect().kubernetesName())).toList());
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
