package io.slipway.aws.network;

import com.pulumi.core.Output;
import io.slipway.aws.AwsAccount;
import io.slipway.cluster.EnvironmentContext;

/**
 * Inputs of an {@link AwsNetwork}.
 *
 * @param environment          the environment: {@code network} (CIDR, zones, NAT strategy) or
 *                             {@code aws.existingVpc}, name and tags. Required.
 * @param account              account, partition and region, for the flow-log role. Required.
 * @param kmsKeyArn            the environment key that encrypts the flow-log group. Required.
 * @param flowLogRetentionDays days VPC flow records are kept. @default the environment's {@code logs.retentionDays} (by tier)
 */
public record AwsNetworkArgs(
        EnvironmentContext environment, AwsAccount account, Output<String> kmsKeyArn, Integer flowLogRetentionDays) {
    public AwsNetworkArgs {
        if (environment == null || account == null || kmsKeyArn == null) {
            throw new IllegalArgumentException("an AWS network needs the environment, account and KMS key");
        }
        flowLogRetentionDays = flowLogRetentionDays == null
                ? environment.spec().logs().retentionDaysFor(environment.spec().tier()) : flowLogRetentionDays;
    }
}
