package io.slipway.aws.eks;

import io.slipway.aws.AwsFoundationOutputs;
import io.slipway.aws.iam.ClusterRole;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.model.SlotSpec;
import java.util.Objects;
import java.util.Set;

/**
 * Inputs of an {@link EksCluster}.
 *
 * @param environment      the environment: name, API access and tags. Required.
 * @param slot             the slot name; the cluster is called {@code <environment>-<slot>}. Required.
 * @param slotSpec         the slot's settings (Kubernetes version). Required.
 * @param foundation       the private subnets and the KMS key. Required.
 * @param clusterRole      the control plane's IAM role; the cluster waits for its policies. Required.
 * @param logRetentionDays how long control-plane logs are kept, one of CloudWatch's allowed values. @default 90
 */
public record EksClusterArgs(
        EnvironmentContext environment,
        String slot,
        SlotSpec slotSpec,
        AwsFoundationOutputs foundation,
        ClusterRole clusterRole,
        Integer logRetentionDays) {

    /** The retention periods CloudWatch Logs accepts. */
    public static final Set<Integer> CLOUDWATCH_RETENTION_DAYS = Set.of(
            1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    public EksClusterArgs {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(slotSpec, "slotSpec");
        Objects.requireNonNull(foundation, "foundation");
        Objects.requireNonNull(clusterRole, "clusterRole");
        logRetentionDays = logRetentionDays == null ? 90 : logRetentionDays;
        if (!CLOUDWATCH_RETENTION_DAYS.contains(logRetentionDays)) {
            throw new IllegalArgumentException("control-plane log retention of " + logRetentionDays
                    + " days is not one CloudWatch accepts; use one of " + new java.util.TreeSet<>(CLOUDWATCH_RETENTION_DAYS));
        }
    }
}
