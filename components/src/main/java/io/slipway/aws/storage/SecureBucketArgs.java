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
 */
public record SecureBucketArgs(
        Output<String> bucketName,
        Output<String> kmsKeyArn,
        Map<String, String> tags,
        Integer noncurrentVersionExpirationDays,
        Boolean protect) {
    public static final int DEFAULT_NONCURRENT_VERSION_EXPIRATION_DAYS = 90;

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
    }
}
