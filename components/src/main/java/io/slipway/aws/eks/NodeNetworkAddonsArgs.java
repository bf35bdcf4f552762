package io.slipway.aws.eks;

import com.pulumi.core.Output;
import io.slipway.cluster.AwsClusterIdentity;
import io.slipway.cluster.EnvironmentContext;
import java.util.Objects;

/**
 * Inputs of {@link NodeNetworkAddons}.
 *
 * @param environment the environment, for tags. Required.
 * @param slot        the slot whose cluster gets the add-ons. Required.
 * @param minor       the cluster's Kubernetes {@code MAJOR.MINOR}, selecting the pinned versions. Required.
 * @param clusterName the EKS cluster's name, an output so the add-ons wait for the cluster. Required.
 * @param identity    the cluster's OIDC provider and partition, for vpc-cni's IRSA role. Required.
 */
public record NodeNetworkAddonsArgs(
        EnvironmentContext environment, String slot, String minor, Output<String> clusterName, AwsClusterIdentity identity) {
    public NodeNetworkAddonsArgs {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(minor, "minor");
        Objects.requireNonNull(clusterName, "clusterName");
        Objects.requireNonNull(identity, "identity");
    }
}
