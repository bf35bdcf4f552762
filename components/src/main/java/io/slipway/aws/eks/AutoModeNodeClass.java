package io.slipway.aws.eks;

import com.pulumi.core.Output;
import io.slipway.model.NodePoolSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code eks.amazonaws.com/v1} NodeClass a pool's nodes are launched from on EKS Auto Mode
 * (Amazon EKS User Guide, "Create a Node Class for Amazon EKS", its "Node Class Specification").
 * Auto Mode's own {@code default} NodeClass tags nothing but EKS's cluster tag and encrypts volumes
 * with the account's EBS key; this one puts the nodes in the private subnets with the cluster security
 * group (by id, so no tag lookup can pick another), encrypts their volumes with the environment key,
 * gives them the pool's disk size and the slot's cost tags, and runs them as the slot's node role.
 */
public final class AutoModeNodeClass {
    public static final String API_VERSION = "eks.amazonaws.com/v1";
    public static final String KIND = "NodeClass";
    /** Tags Auto Mode reserves for itself and refuses in a NodeClass (same guide, same section); EksSpecRule refuses them. */
    static final List<String> RESERVED_TAG_PREFIXES = List.of("kubernetes.io/cluster/", "karpenter.sh/", "eks.amazonaws.com/");

    private AutoModeNodeClass() {}

    /**
     * The name of {@code pool}'s NodeClass (one per pool, since the root volume size is a NodeClass
     * setting) and of its NodePool. The prefix keeps both clear of Auto Mode's own objects: its
     * built-in {@code system} and {@code general-purpose} NodePools and {@code default} NodeClass cannot
     * be modified, and a pool called {@code system} would otherwise be written over them.
     */
    public static String nameOf(NodePoolSpec pool) {
        return "slipway-" + pool.name();
    }

    /**
     * The NodeClass's spec.
     *
     * @param nodeRoleName           the IAM role (by name, as the NodeClass takes it) the nodes run as
     * @param subnetIds              the private subnets nodes are placed in
     * @param clusterSecurityGroupId the security group EKS made for the control plane and the nodes
     * @param kmsKeyArn              the environment key, for the nodes' volumes
     * @param tags                   the cost tags every instance, volume and interface carries (none reserved)
     */
    public static Output<Map<String, Object>> spec(NodePoolSpec pool, Output<String> nodeRoleName, Output<List<String>> subnetIds,
                                                   Output<String> clusterSecurityGroupId, Output<String> kmsKeyArn,
                                                   Map<String, String> tags) {
        return Output.tuple(nodeRoleName, subnetIds, clusterSecurityGroupId, kmsKeyArn).applyValue(values -> {
            var spec = new LinkedHashMap<String, Object>();
            spec.put("role", values.t1);
            spec.put("subnetSelectorTerms", values.t2.stream().map(id -> Map.of("id", id)).toList());
            spec.put("securityGroupSelectorTerms", List.of(Map.of("id", values.t3)));
            spec.put("ephemeralStorage", Map.of("size", pool.diskSizeGb() + "Gi", "kmsKeyID", values.t4));
            spec.put("tags", tags);
            return spec;
        });
    }
}
