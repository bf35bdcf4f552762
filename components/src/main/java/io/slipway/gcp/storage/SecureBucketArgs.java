package io.slipway.gcp.storage;

import com.pulumi.core.Output;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link SecureBucket} builds.
 *
 * @param project               the GCP project of the bucket. Required.
 * @param bucketName            the globally unique bucket name, 3–63 lower-case letters, digits,
 *                              dashes and underscores. Required.
 * @param location              the bucket's location, the region of its KMS key. Required.
 * @param kmsKey                the Cloud KMS key id objects are encrypted with (CMEK). Required.
 * @param labels                labels on the bucket. @default {}
 * @param noncurrentVersionDays days an overwritten or deleted object's old version is kept before
 *                              it is deleted; ignored with a retention policy. @default 30
 * @param retentionPolicyDays   days every object is kept before it can be deleted or replaced (a bucket
 *                              retention policy, not locked). GCS refuses versioning next to a retention
 *                              policy, so the bucket is then unversioned. @default null (versioned, no policy)
 * @param deleteAfterDays       days after which objects are deleted by a lifecycle rule. @default null (kept)
 * @param accessLogBucket       the bucket that receives this bucket's usage logs. @default null (no usage logs)
 */
public record SecureBucketArgs(
        String project,
        String bucketName,
        String location,
        Output<String> kmsKey,
        Map<String, String> labels,
        Integer noncurrentVersionDays,
        Integer retentionPolicyDays,
        Integer deleteAfterDays,
        Output<String> accessLogBucket) {

    public static final int DEFAULT_NONCURRENT_VERSION_DAYS = 30;
    /** The provider takes the retention period in seconds as a 32-bit integer: at most 24855 days (68 years). */
    public static final int MAX_RETENTION_POLICY_DAYS = Integer.MAX_VALUE / 86_400;

    public SecureBucketArgs {
        Objects.requireNonNull(project, "SecureBucketArgs.project is required");
        Objects.requireNonNull(bucketName, "SecureBucketArgs.bucketName is required");
        Objects.requireNonNull(location, "SecureBucketArgs.location is required");
        Objects.requireNonNull(kmsKey, "SecureBucketArgs.kmsKey is required");
        if (!bucketName.matches("[a-z0-9][a-z0-9_-]{1,61}[a-z0-9]")) {
            throw new IllegalArgumentException("SecureBucketArgs.bucketName '" + bucketName
                    + "' is not a valid bucket name: 3-63 lower-case letters, digits, '-' and '_', starting and ending with a letter or digit");
        }
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        noncurrentVersionDays = noncurrentVersionDays == null ? DEFAULT_NONCURRENT_VERSION_DAYS : noncurrentVersionDays;
        if (noncurrentVersionDays < 1) {
            throw new IllegalArgumentException("SecureBucketArgs.noncurrentVersionDays must be at least 1, was " + noncurrentVersionDays);
        }
        if (retentionPolicyDays != null && retentionPolicyDays < 1 || deleteAfterDays != null && deleteAfterDays < 1) {
            throw new IllegalArgumentException("SecureBucketArgs: retention and deletion ages must be at least 1 day");
        }
        if (retentionPolicyDays != null && retentionPolicyDays > MAX_RETENTION_POLICY_DAYS) {
            throw new IllegalArgumentException("SecureBucketArgs.retentionPolicyDays " + retentionPolicyDays
                    + " is above " + MAX_RETENTION_POLICY_DAYS + ", the most the provider's seconds field holds");
        }
        if (retentionPolicyDays != null && deleteAfterDays != null && deleteAfterDays < retentionPolicyDays) {
            throw new IllegalArgumentException("SecureBucketArgs.deleteAfterDays (" + deleteAfterDays
                    + ") is shorter than the retention policy (" + retentionPolicyDays + " days), which forbids the deletion");
        }
    }

    /** A versioned bucket without retention policy, expiry or usage logs. */
    public SecureBucketArgs(String project, String bucketName, String location, Output<String> kmsKey, Map<String, String> labels,
                            Integer noncurrentVersionDays) {
        this(project, bucketName, location, kmsKey, labels, noncurrentVersionDays, null, null, null);
    }

    /** Whether objects are protected by a retention policy instead of by versioning. */
    public boolean retained() {
        return retentionPolicyDays != null;
    }
}
