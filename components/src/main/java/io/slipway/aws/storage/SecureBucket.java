package io.slipway.aws.storage;

import com.pulumi.aws.s3.BucketLifecycleConfigurationV2;
import com.pulumi.aws.s3.BucketLoggingV2;
import com.pulumi.aws.s3.BucketLoggingV2Args;
import com.pulumi.aws.s3.BucketObjectLockConfigurationV2;
import com.pulumi.aws.s3.BucketObjectLockConfigurationV2Args;
import com.pulumi.aws.s3.BucketLifecycleConfigurationV2Args;
import com.pulumi.aws.s3.BucketPolicy;
import com.pulumi.aws.s3.BucketPolicyArgs;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketV2Args;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleAbortIncompleteMultipartUploadArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleFilterArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs;
import com.pulumi.aws.s3.inputs.BucketLoggingV2TargetObjectKeyFormatArgs;
import com.pulumi.aws.s3.inputs.BucketLoggingV2TargetObjectKeyFormatPartitionedPrefixArgs;
import com.pulumi.aws.s3.inputs.BucketObjectLockConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketObjectLockConfigurationV2RuleDefaultRetentionArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.slipway.aws.iam.PolicyDocument;
import io.slipway.aws.iam.PolicyStatement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An S3 bucket for data that must survive mistakes: versioned, encrypted with a customer-managed KMS
 * key, closed to the public and to ACLs, reachable over TLS only, with old versions expiring so
 * the bill stays bounded. Backups and Pulumi state are kept in these.
 *
 * <p>Optionally every new object version is locked (S3 Object Lock, governance mode) for a number of
 * days: a DELETE then only adds a delete marker, and no one without {@code s3:BypassGovernanceRetention}
 * can remove a locked version early. Optionally server access logs go to a {@link LogBucket}.
 */
public final class SecureBucket extends ComponentResource {
    public static final String TYPE = "slipway:aws:SecureBucket";
    private static final String BUCKET_NAME = "[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]";
    /** Multipart uploads a crashed client never finished are invisible but billed. */
    private static final int ABORT_INCOMPLETE_UPLOADS_AFTER_DAYS = 7;

    private final Output<String> bucketName;
    private final Output<String> bucketArn;

    public SecureBucket(String name, SecureBucketArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        Output<String> validName = args.bucketName().applyValue(SecureBucket::requireValidName);
        Output<Map<String, String>> tags = validName.applyValue(bucketName -> {
            var all = new TreeMap<>(args.tags());
            all.put("Name", bucketName);
            return all;
        });
        var bucket = new BucketV2(name, BucketV2Args.builder()
                .bucket(validName)
                .forceDestroy(false)
                // Object Lock can only be switched on when S3 creates the bucket (see docs/aws.md for existing ones).
                .objectLockEnabled(args.objectLockDays() != null)
                .tags(tags)
                .build(), CustomResourceOptions.builder().parent(this).protect(args.protect()).build());
        var baseline = BucketBaseline.apply(name, bucket, new BucketBaseline.Encryption.Kms(args.kmsKeyArn()), this);
        var versioning = baseline.versioning();
        var publicAccessBlock = baseline.publicAccessBlock();
        new BucketPolicy(name + "-policy", BucketPolicyArgs.builder()
                .bucket(bucket.id())
                .policy(tlsOnlyPolicy(bucket.arn()))
                .build(), CustomResourceOptions.builder().parent(this).dependsOn(publicAccessBlock).build());
        new BucketLifecycleConfigurationV2(name + "-lifecycle", BucketLifecycleConfigurationV2Args.builder()
                .bucket(bucket.id())
                .rules(BucketLifecycleConfigurationV2RuleArgs.builder()
                        .id("expire-noncurrent-versions")
                        .status("Enabled")
                        .filter(BucketLifecycleConfigurationV2RuleFilterArgs.builder().prefix("").build())
                        .noncurrentVersionExpiration(BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs.builder()
                                .noncurrentDays(args.noncurrentVersionExpirationDays())
                                .build())
                        .abortIncompleteMultipartUpload(BucketLifecycleConfigurationV2RuleAbortIncompleteMultipartUploadArgs.builder()
                                .daysAfterInitiation(ABORT_INCOMPLETE_UPLOADS_AFTER_DAYS)
                                .build())
                        .build())
                // S3 applies noncurrent-version rules only once versioning is on.
                .build(), CustomResourceOptions.builder().parent(this).dependsOn(versioning).build());
        if (args.objectLockDays() != null) {
            new BucketObjectLockConfigurationV2(name + "-object-lock", BucketObjectLockConfigurationV2Args.builder()
                    .bucket(bucket.id())
                    .objectLockEnabled("Enabled")
                    .rule(BucketObjectLockConfigurationV2RuleArgs.builder()
                            .defaultRetention(BucketObjectLockConfigurationV2RuleDefaultRetentionArgs.builder()
                                    // Governance, not compliance: an administrator can still lift a lock on purpose.
                                    .mode("GOVERNANCE")
                                    .days(args.objectLockDays())
                                    .build())
                            .build())
                    .build(), CustomResourceOptions.builder().parent(this).dependsOn(versioning).build());
        }
        if (args.accessLogBucket() != null) {
            new BucketLoggingV2(name + "-access-logs", BucketLoggingV2Args.builder()
                    .bucket(bucket.id())
                    .targetBucket(args.accessLogBucket())
                    .targetPrefix(validName.applyValue(bucketName -> LogBucket.S3_ACCESS_LOG_PREFIX + bucketName + "/"))
                    // Date-partitioned keys, so a day's requests can be read without listing everything.
                    .targetObjectKeyFormat(BucketLoggingV2TargetObjectKeyFormatArgs.builder()
                            .partitionedPrefix(BucketLoggingV2TargetObjectKeyFormatPartitionedPrefixArgs.builder()
                                    .partitionDateSource("EventTime").build())
                            .build())
                    .build(), CustomResourceOptions.builder().parent(this).build());
        }
        this.bucketName = bucket.bucket();
        this.bucketArn = bucket.arn();
        registerOutputs(Map.of("bucketName", bucketName, "bucketArn", bucketArn));
    }

    /** Refuses every request made without TLS, whoever makes it. */
    static Output<String> tlsOnlyPolicy(Output<String> bucketArn) {
        return PolicyDocument.of(tlsOnlyStatement(bucketArn));
    }

    static PolicyStatement tlsOnlyStatement(Output<String> bucketArn) {
        return PolicyStatement.denyEveryActionOf("DenyInsecureTransport", "s3")
                .principal("*", Output.of("*"))
                .resources(List.of(bucketArn, bucketArn.applyValue(arn -> arn + "/*")))
                .condition("Bool", "aws:SecureTransport", "false");
    }

    /** The name when S3 takes it; validation calls this too, so it refuses exactly what S3 would. */
    public static String requireValidName(String bucketName) {
        if (!bucketName.matches(BUCKET_NAME) || bucketName.contains("..")) {
            throw new IllegalArgumentException("S3 bucket name '" + bucketName
                    + "' is invalid: 3 to 63 lower-case letters, digits, '-' and '.', starting and ending with a letter or digit");
        }
        return bucketName;
    }

    public Output<String> bucketName() {
        return bucketName;
    }

    public Output<String> bucketArn() {
        return bucketArn;
    }
}
