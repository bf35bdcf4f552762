package io.slipway.aws.storage;

import com.pulumi.core.Output;
import java.util.Map;

/**
 * Inputs of a {@link SecureBucket}.
 *
 * @param bucketName                      the globally unique bucket name (3–63 lower-case letters, digits,
 *                                        '-' and '.'); an output because it usually contains the account id. Required.
 * @param kmsKeyArn                       the KMS key objects are encrypted with. Required.
 * @param tags                            tags of the bucket; a {@code Name} tag with the bucket name is added. @default {}
 * @param noncurrentVersionExpirationDays days an overwritten or deleted object version is kept before
 *                                        it expires, 1 or more. @default 90
 * @param protect                         protect the bucket from deletion. @default true
 * @param objectLockDays                  lock every new object version this many days (S3 Object Lock,
 *                                        governance mode), 1 to 36500; needs a new bucket. @default null (no lock)
 * @param accessLogBucket                 the {@link LogBucket} that receives the bucket's server access
 *                                        logs. @default null (no access logs)
 */
public record SecureBucketArgs(
        Output<String> bucketName,
        Output<String> kmsKeyArn,
        Map<String, String> tags,
        Integer noncurrentVersionExpirationDays,
        Boolean protect,
        Integer objectLockDays,
        Output<String> accessLogBucket) {
    public static final int DEFAULT_NONCURRENT_VERSION_EXPIRATION_DAYS = 90;
    /** S3 Object Lock's longest default retention: 100 years. */
    public static final int MAX_OBJECT_LOCK_DAYS = 36500;

    public SecureBucketArgs {
        if (bucketName == null || kmsKeyArn == null) {
            throw new IllegalArgumentException("a secure bucket needs a bucket name and a KMS key");
        }
        tags = tags == null ? Map.of() : Map.copyOf(tags);
        noncurrentVersionExpirationDays = noncurrentVersionExpirationDays == null
                ? DEFAULT_NONCURRENT_VERSION_EXPIRATION_DAYS : noncurrentVersionExpirationDays;
        if (noncurrentVersionExpirationDays < 1) {
            throw new IllegalArgumentException("noncurrent object versions must be kept at least 1 day, not "
                    + noncurrentVersionExpirationDays);
        }
        protect = protect == null || protect;
        if (objectLockDays != null && (objectLockDays < 1 || objectLockDays > MAX_OBJECT_LOCK_DAYS)) {
            throw new IllegalArgumentException("objects can be locked 1 to " + MAX_OBJECT_LOCK_DAYS + " days, not " + objectLockDays);
        }
    }

    /** A bucket without object lock or access logs. */
    public SecureBucketArgs(Output<String> bucketName, Output<String> kmsKeyArn, Map<String, String> tags,
                            Integer noncurrentVersionExpirationDays, Boolean protect) {
        this(bucketName, kmsKeyArn, tags, noncurrentVersionExpirationDays, protect, null, null);
    }
}
