package io.slipway.aws;

import io.slipway.aws.storage.SecureBucketArgs;
import io.slipway.cluster.EnvironmentContext;

/**
 * Inputs of an {@link AwsFoundation}.
 *
 * @param environment                    the environment it is built for. Required.
 * @param backupsNoncurrentVersionDays   days an overwritten or deleted backup object is kept before it
 *                                       expires. @default 90
 * @param flowLogRetentionDays           days VPC flow records are kept. @default the environment's
 *                                       {@code logs.retentionDays} (by tier)
 */
public record AwsFoundationArgs(EnvironmentContext environment, Integer backupsNoncurrentVersionDays, Integer flowLogRetentionDays) {
    public AwsFoundationArgs {
        if (environment == null) {
            throw new IllegalArgumentException("an AWS foundation needs its environment");
        }
        backupsNoncurrentVersionDays = backupsNoncurrentVersionDays == null
                ? SecureBucketArgs.DEFAULT_NONCURRENT_VERSION_EXPIRATION_DAYS : backupsNoncurrentVersionDays;
        flowLogRetentionDays = flowLogRetentionDays == null
                ? environment.spec().logs().retentionDaysFor(environment.spec().tier()) : flowLogRetentionDays;
    }

    public static AwsFoundationArgs defaults(EnvironmentContext environment) {
        return new AwsFoundationArgs(environment, null, null);
    }
}
