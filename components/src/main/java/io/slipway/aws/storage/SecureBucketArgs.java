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
 * @param logDelivery                     a prefix AWS log delivery (load balancer access logs) may write under,
 *                                        for one account. @default null (no log delivery)
 */
public record SecureBucketArgs(
        Output<String> bucketName,
        Output<String> kmsKeyArn,
        Map<String, String> tags,
        Integer noncurrentVersionExpirationDays,
        Boolean protect,
        LogDelivery logDelivery) {

    /**
     * AWS's log delivery service writing into the bucket on behalf of one account's resources.
     *
     * @param prefix    the key prefix, without a leading or trailing '/' ({@code lb-logs}). Required.
     * @param accountId the account whose resources' logs are delivered. Required.
     */
    public record LogDelivery(String prefix, Output<String> accountId) {
        public LogDelivery {
            if (prefix == null || !prefix.matches("[a-z0-9][a-z0-9/-]*[a-z0-9]") || accountId == null) {
                throw new IllegalArgumentException("log delivery needs a prefix without leading or trailing '/' and an account id");
            }
        }
    }

    public SecureBucketArgs(Output<String> bucketName, Output<String> kmsKeyArn, Map<String, String> tags,
                            Integer noncurrentVersionExpirationDays, Boolean protect) {
        this(bucketName, kmsKeyArn, tags, noncurrentVersionExpirationDays, protect, null);
    }

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
