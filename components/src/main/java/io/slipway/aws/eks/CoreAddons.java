package io.slipway.aws.eks;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.aws.iam.IrsaRole;
import io.slipway.aws.iam.IrsaRoleArgs;
import io.slipway.aws.iam.PolicyDocument;
import io.slipway.aws.kms.KeyUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The EKS managed add-ons that run as Deployments and so come after the node pools: coredns
 * (cluster DNS) and the EBS CSI driver (persistent volumes), the latter with its own IRSA role,
 * which may also use the environment key: Slipway's default StorageClass encrypts volumes with it.
 * An add-on created before any node exists would sit DEGRADED until the update times out.
 * vpc-cni and kube-proxy come before the nodes, in {@link NodeNetworkAddons}.
 */
public final class CoreAddons extends ComponentResource {
    public static final String TYPE = "slipway:aws:CoreAddons";
    public static final String EBS_CSI_POLICY = "service-role/AmazonEBSCSIDriverPolicy";

    public CoreAddons(String name, CoreAddonsArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var tags = args.environment().awsTags(args.slot(), "core-addons");
        ManagedAddon.create(name + "-coredns", args.clusterName(), CoreAddonVersions.COREDNS, args.minor(),
                Optional.empty(), tags, this, args.nodePools());
        var ebsRole = new IrsaRole(name + "-ebs-csi", new IrsaRoleArgs(args.environment(), args.slot(), "ebs-csi",
                args.identity(), "kube-system", "ebs-csi-controller-sa", Optional.of(volumeKeyPolicy(args.volumeKeyArn())),
                List.of(EBS_CSI_POLICY)),
                ComponentResourceOptions.builder().parent(this).build());
        var ebsDependencies = new ArrayList<Resource>(args.nodePools());
        ebsDependencies.add(ebsRole);
        ManagedAddon.create(name + "-ebs-csi", args.clusterName(), CoreAddonVersions.EBS_CSI, args.minor(),
                Optional.of(ebsRole.roleArn()), tags, this, ebsDependencies);
        registerOutputs(Map.of());
    }

    /**
     * Use of the volume key, as AWS documents it for the EBS CSI driver with customer-managed keys:
     * data-key operations on that key, and grants only for AWS resources (EC2 attaches the volume).
     */
    private static Output<String> volumeKeyPolicy(Output<String> keyArn) {
        return PolicyDocument.of(KeyUse.operations("UseVolumeKey", keyArn),
                KeyUse.grantsForAwsResources("GrantVolumeAttachments", keyArn));
    }
}
