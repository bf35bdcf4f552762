package io.slipway.aws.iam;

import com.pulumi.core.Output;
import io.slipway.cluster.EnvironmentContext;
import java.util.Objects;

/**
 * Inputs of a {@link NodeRole}.
 *
 * @param environment the environment, for the role name and tags. Required.
 * @param slot        the slot whose worker nodes assume the role. Required.
 * @param partition   the AWS partition, for managed policy ARNs. Required.
 */
public record NodeRoleArgs(EnvironmentContext environment, String slot, Output<String> partition) {
    public NodeRoleArgs {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(partition, "partition");
    }
}
