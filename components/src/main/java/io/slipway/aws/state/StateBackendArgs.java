package io.slipway.aws.state;

import java.util.Map;

/**
 * Inputs of a {@link StateBackend}.
 *
 * @param region     the region of the state bucket and secrets key ({@code eu-west-1}); the AWS provider
 *                   must be configured for the same region. Required.
 * @param bucketName the globally unique name of the state bucket. Required.
 * @param tags       extra tags on every resource (cost attribution). @default {}
 * @param noncurrentVersionExpirationDays days an overwritten state checkpoint is kept, for going back
 *                   to an older state. @default 90
 */
public record StateBackendArgs(String region, String bucketName, Map<String, String> tags, Integer noncurrentVersionExpirationDays) {
    private static final String REGION = "[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d";

    public StateBackendArgs {
        if (region == null || !region.matches(REGION)) {
            throw new IllegalArgumentException("--region '" + region + "' is not an AWS region such as eu-west-1");
        }
        if (bucketName == null || bucketName.isBlank()) {
            throw new IllegalArgumentException("--bucket is required: a globally unique S3 bucket name for Pulumi state");
        }
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }
}
