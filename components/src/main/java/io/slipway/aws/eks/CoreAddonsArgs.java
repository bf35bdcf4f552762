package io.slipway.aws.eks;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import io.slipway.cluster.AwsClusterIdentity;
import io.slipway.cluster.EnvironmentContext;
import java.util.List;
import java.util.Objects;

/**
 * Inputs of {@link CoreAddons}.
 *
 * @param environment the environment, for tags. Required.
 * @param slot        the slot whose cluster gets the add-ons. Required.
 * @param minor       the cluster's Kubernetes {@code MAJOR.MINOR}, selecting the pinned versions. Required.
 * @param clusterName the EKS cluster's name, an output so the add-ons wait for the cluster. Required.
 * @param identity    the cluster's OIDC provider and partition, for the EBS CSI driver's IRSA role. Required.
 * @param volumeKeyArn the KMS key persistent volumes are encrypted with; the EBS CSI driver may use it. Required.
 * @param nodePools   the slot's node pools: these add-ons run Deployments, which need nodes. @default []
 */
public record CoreAddonsArgs(
        EnvironmentContext environment, String slot, String minor, Output<String> clusterName,
        AwsClusterIdentity identity, Output<String> volumeKeyArn, List<Resource> nodePools) {
    public CoreAddonsArgs {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(minor, "minor");
        Objects.requireNonNull(clusterName, "clusterName");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(volumeKeyArn, "volumeKeyArn");
        nodePools = nodePools == null ? List.of() : List.copyOf(nodePools);
    }
}
