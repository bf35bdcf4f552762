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
 *                              it is deleted. @default 30
 */
public record SecureBucketArgs(
        String project,
        String bucketName,
        String location,
        Output<String> kmsKey,
        Map<String, String> labels,
        Integer noncurrentVersionDays) {

    public static final int DEFAULT_NONCURRENT_VERSION_DAYS = 30;

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
    }
}
