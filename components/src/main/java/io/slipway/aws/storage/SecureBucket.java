package io.slipway.aws.storage;

import com.pulumi.aws.s3.BucketLifecycleConfigurationV2;
import com.pulumi.aws.s3.BucketLifecycleConfigurationV2Args;
import com.pulumi.aws.s3.BucketOwnershipControls;
import com.pulumi.aws.s3.BucketOwnershipControlsArgs;
import com.pulumi.aws.s3.BucketPolicy;
import com.pulumi.aws.s3.BucketPolicyArgs;
import com.pulumi.aws.s3.BucketPublicAccessBlock;
import com.pulumi.aws.s3.BucketPublicAccessBlockArgs;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2Args;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketV2Args;
import com.pulumi.aws.s3.BucketVersioningV2;
import com.pulumi.aws.s3.BucketVersioningV2Args;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleAbortIncompleteMultipartUploadArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleFilterArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs;
import com.pulumi.aws.s3.inputs.BucketOwnershipControlsRuleArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketVersioningV2VersioningConfigurationArgs;
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
 */
public final class SecureBucket extends ComponentResource {
    public static final String TYPE = "slipway:aws:SecureBucket";
    private static final String BUCKET_NAME = "[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]";
    /** Multipart uploads a crashed client never finished are invisible but billed. */
    private static final int ABORT_INCOMPLETE_UPLOADS_AFTER_DAYS = 7;
    /** The service principal that delivers load balancer access logs (NLB) and other vended logs. */
    public static final String LOG_DELIVERY_SERVICE = "delivery.logs.amazonaws.com";

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
                .tags(tags)
                .build(), CustomResourceOptions.builder().parent(this).protect(args.protect()).build());
        var child = CustomResourceOptions.builder().parent(this).build();
        var versioning = new BucketVersioningV2(name + "-versioning", BucketVersioningV2Args.builder()
                .bucket(bucket.id())
                .versioningConfiguration(BucketVersioningV2VersioningConfigurationArgs.builder().status("Enabled").build())
                .build(), child);
        new BucketServerSideEncryptionConfigurationV2(name + "-encryption", BucketServerSideEncryptionConfigurationV2Args.builder()
                .bucket(bucket.id())
                .rules(BucketServerSideEncryptionConfigurationV2RuleArgs.builder()
                        .applyServerSideEncryptionByDefault(
                                BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs.builder()
                                        .sseAlgorithm("aws:kms")
                                        .kmsMasterKeyId(args.kmsKeyArn())
                                        .build())
                        // A bucket key cuts the KMS requests (and their cost) per object write by orders of magnitude.
                        .bucketKeyEnabled(true)
                        .build())
                .build(), child);
        var publicAccessBlock = new BucketPublicAccessBlock(name + "-public-access-block", BucketPublicAccessBlockArgs.builder()
                .bucket(bucket.id())
                .blockPublicAcls(true)
                .ignorePublicAcls(true)
                .blockPublicPolicy(true)
                .restrictPublicBuckets(true)
                .build(), child);
        new BucketOwnershipControls(name + "-ownership", BucketOwnershipControlsArgs.builder()
                .bucket(bucket.id())
                // Disables ACLs: access is decided by IAM and the bucket policy alone.
                .rule(BucketOwnershipControlsRuleArgs.builder().objectOwnership("BucketOwnerEnforced").build())
                .build(), child);
        new BucketPolicy(name + "-policy", BucketPolicyArgs.builder()
                .bucket(bucket.id())
                .policy(policy(bucket.arn(), args.logDelivery()))
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
        this.bucketName = bucket.bucket();
        this.bucketArn = bucket.arn();
        registerOutputs(Map.of("bucketName", bucketName, "bucketArn", bucketArn));
    }

    /** Refuses every request made without TLS, whoever makes it; lets log delivery write under its prefix. */
    static Output<String> policy(Output<String> bucketArn, SecureBucketArgs.LogDelivery logDelivery) {
        var statements = new java.util.ArrayList<PolicyStatement>();
        statements.add(PolicyStatement.denyEveryActionOf("DenyInsecureTransport", "s3")
                .principal("*", Output.of("*"))
                .resources(List.of(bucketArn, bucketArn.applyValue(arn -> arn + "/*")))
                .condition("Bool", "aws:SecureTransport", "false"));
        if (logDelivery != null) {
            statements.addAll(logDeliveryStatements(bucketArn, logDelivery));
        }
        return PolicyDocument.of(statements);
    }

    /**
     * What AWS documents for Network Load Balancer access logs: the log delivery service checks the
     * bucket's ACL and puts objects under {@code <prefix>/AWSLogs/<account>/}, handing them to the bucket
     * owner, only for the named account's resources.
     */
    static List<PolicyStatement> logDeliveryStatements(Output<String> bucketArn, SecureBucketArgs.LogDelivery delivery) {
        Output<String> service = Output.of(LOG_DELIVERY_SERVICE);
        List<Output<String>> account = List.of(delivery.accountId());
        return List.of(
                PolicyStatement.allow("LogDeliveryAclCheck", "s3:GetBucketAcl")
                        .principal("Service", service)
                        .resources(bucketArn)
                        .condition("StringEquals", Output.of("aws:SourceAccount"), account),
                PolicyStatement.allow("LogDeliveryWrite", "s3:PutObject")
                        .principal("Service", service)
                        .resources(Output.tuple(bucketArn, delivery.accountId()).applyValue(t ->
                                t.t1 + "/" + delivery.prefix() + "/*/AWSLogs/" + t.t2 + "/*"))
                        .condition("StringEquals", Output.of("aws:SourceAccount"), account)
                        .condition("StringEquals", "s3:x-amz-acl", "bucket-owner-full-control"));
    }

    private static String requireValidName(String bucketName) {
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
