package io.slipway.aws.eks;

import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.aws.iam.IrsaRole;
import io.slipway.aws.iam.IrsaRoleArgs;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The EKS managed add-ons a node needs to become Ready: vpc-cni (pod networking) and kube-proxy
 * (service networking). Node pools depend on this component. That order matters: the node role has
 * no CNI policy, so vpc-cni must already run with its own IRSA role when the first node joins, or
 * the node never gets pod IPs and its node group fails to create.
 */
public final class NodeNetworkAddons extends ComponentResource {
    public static final String TYPE = "slipway:aws:NodeNetworkAddons";
    public static final String CNI_POLICY = "AmazonEKS_CNI_Policy";
    /**
     * vpc-cni's network policy agent enforces NetworkPolicies (EKS runs the policy controller in the
     * control plane). Without it every policy, the platform namespaces' default-deny included, is
     * accepted by the API and silently ignored.
     */
    static final String VPC_CNI_CONFIGURATION = "{\"enableNetworkPolicy\":\"true\"}";

    public NodeNetworkAddons(String name, NodeNetworkAddonsArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var tags = args.environment().awsTags(args.slot(), "core-addons");
        var cniRole = new IrsaRole(name + "-vpc-cni", new IrsaRoleArgs(args.environment(), args.slot(), "vpc-cni",
                args.identity(), "kube-system", "aws-node", Optional.empty(), List.of(CNI_POLICY)),
                ComponentResourceOptions.builder().parent(this).build());
        ManagedAddon.create(name + "-vpc-cni", args.clusterName(), CoreAddonVersions.VPC_CNI, args.minor(),
                Optional.of(cniRole.roleArn()), Optional.of(VPC_CNI_CONFIGURATION), tags, this, List.<Resource>of(cniRole));
        ManagedAddon.create(name + "-kube-proxy", args.clusterName(), CoreAddonVersions.KUBE_PROXY, args.minor(),
                Optional.empty(), tags, this, List.of());
        registerOutputs(Map.of());
    }
}
