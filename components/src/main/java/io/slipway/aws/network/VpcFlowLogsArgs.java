package io.slipway.aws.network;

import com.pulumi.core.Output;
import io.slipway.aws.AwsAccount;
import io.slipway.cluster.EnvironmentContext;

/**
 * Inputs of {@link VpcFlowLogs}.
 *
 * @param environment   the environment: log group name and tags. Required.
 * @param account       account, partition and region the delivery role is scoped to. Required.
 * @param vpcId         the VPC whose traffic is logged. Required.
 * @param kmsKeyArn     the key the log group is encrypted with; its policy must let CloudWatch Logs use it
 *                      for {@link VpcFlowLogs#logGroupName}. Required.
 * @param retentionDays days flow records are kept; one of CloudWatch's retention values. @default the
 *                      environment's {@code logs.retentionDays} (by tier)
 */
public record VpcFlowLogsArgs(
        EnvironmentContext environment, AwsAccount account, Output<String> vpcId, Output<String> kmsKeyArn, Integer retentionDays) {
    public VpcFlowLogsArgs {
        if (environment == null || account == null || vpcId == null || kmsKeyArn == null) {
            throw new IllegalArgumentException("VPC flow logs need the environment, account, VPC and KMS key");
        }
        retentionDays = retentionDays == null ? environment.spec().logs().retentionDaysFor(environment.spec().tier()) : retentionDays;
    }
}
