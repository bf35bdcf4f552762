package io.slipway.aws.iam;

import com.pulumi.core.Output;
import io.slipway.cluster.EnvironmentContext;
import java.util.Objects;

/**
 * Inputs of a {@link ClusterRole}.
 *
 * @param environment the environment, for the role name and tags. Required.
 * @param slot        the slot whose EKS control plane assumes the role. Required.
 * @param partition   the AWS partition, for managed policy ARNs. Required.
 * @param kmsKeyArn   the environment KMS key the control plane envelope-encrypts secrets with. Required.
 */
public record ClusterRoleArgs(EnvironmentContext environment, String slot, Output<String> partition, Output<String> kmsKeyArn) {
    public ClusterRoleArgs {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(kmsKeyArn, "kmsKeyArn");
    }
}
