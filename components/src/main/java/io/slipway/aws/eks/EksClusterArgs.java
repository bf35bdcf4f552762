package io.slipway.aws.eks;

import io.slipway.aws.AwsFoundationOutputs;
import io.slipway.aws.iam.ClusterRole;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.model.LogsSpec;
import io.slipway.model.SlotSpec;
import java.util.Objects;

/**
 * Inputs of an {@link EksCluster}.
 *
 * @param environment      the environment: name, API access and tags. Required.
 * @param slot             the slot name; the cluster is called {@code <environment>-<slot>}. Required.
 * @param slotSpec         the slot's settings (Kubernetes version). Required.
 * @param foundation       the private subnets and the KMS key. Required.
 * @param clusterRole      the control plane's IAM role; the cluster waits for its policies. Required.
 * @param logRetentionDays how long control-plane logs are kept, one of CloudWatch's allowed values.
 *                         @default the environment's {@code logs.retentionDays} (by tier)
 */
public record EksClusterArgs(
        EnvironmentContext environment,
        String slot,
        SlotSpec slotSpec,
        AwsFoundationOutputs foundation,
        ClusterRole clusterRole,
        Integer logRetentionDays) {

    public EksClusterArgs {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(slotSpec, "slotSpec");
        Objects.requireNonNull(foundation, "foundation");
        Objects.requireNonNull(clusterRole, "clusterRole");
        logRetentionDays = logRetentionDays == null ? environment.spec().logs().retentionDaysFor(environment.spec().tier()) : logRetentionDays;
        if (!LogsSpec.CLOUDWATCH_RETENTION_DAYS.contains(logRetentionDays)) {
            throw new IllegalArgumentException("control-plane log retention of " + logRetentionDays
                    + " days is not one CloudWatch accepts; use one of " + new java.util.TreeSet<>(LogsSpec.CLOUDWATCH_RETENTION_DAYS));
        }
    }
}
