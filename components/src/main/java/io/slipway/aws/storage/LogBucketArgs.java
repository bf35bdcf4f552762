package io.slipway.aws.storage;

import com.pulumi.core.Output;
import io.slipway.aws.AwsAccount;
import java.util.List;
import java.util.Map;

/**
 * Inputs of a {@link LogBucket}.
 *
 * @param bucketName       the globally unique bucket name. Required.
 * @param account          the account (and region) whose S3 buckets and load balancers deliver here. Required.
 * @param sourceBucketArns the buckets whose server access logs it receives, under
 *                         {@link LogBucket#S3_ACCESS_LOG_PREFIX}. @default [] (none)
 * @param retentionDays    days a log object is kept before it expires, 1 or more. Required.
 * @param tags             tags of the bucket; a {@code Name} tag is added. @default {}
 */
public record LogBucketArgs(
        Output<String> bucketName,
        AwsAccount account,
        List<Output<String>> sourceBucketArns,
        Integer retentionDays,
        Map<String, String> tags) {
    public LogBucketArgs {
        if (bucketName == null || account == null || retentionDays == null) {
            throw new IllegalArgumentException("a log bucket needs a name, its account and a retention");
        }
        if (retentionDays < 1) {
            throw new IllegalArgumentException("log objects must be kept at least 1 day, not " + retentionDays);
        }
        sourceBucketArns = sourceBucketArns == null ? List.of() : List.copyOf(sourceBucketArns);
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }
}
