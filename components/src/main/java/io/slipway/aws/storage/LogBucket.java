package io.slipway.aws.storage;

import com.pulumi.aws.s3.BucketLifecycleConfigurationV2;
import com.pulumi.aws.s3.BucketLifecycleConfigurationV2Args;
import com.pulumi.aws.s3.BucketPolicy;
import com.pulumi.aws.s3.BucketPolicyArgs;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketV2Args;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleAbortIncompleteMultipartUploadArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleExpirationArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleFilterArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.slipway.aws.iam.PolicyDocument;
import io.slipway.aws.iam.PolicyStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The environment's log bucket: S3 server access logs of its buckets (under
 * {@value #S3_ACCESS_LOG_PREFIX}) and load balancer access logs (under {@value #LOAD_BALANCER_LOG_PREFIX}).
 * Both delivery services write only with SSE-S3 default encryption (server access logging refuses
 * an SSE-KMS target), so this bucket is encrypted with S3-managed keys; otherwise it is closed like
 * {@link SecureBucket}: public access blocked, ACLs disabled, TLS only, versioned, protected. The
 * policy lets each delivery service write only its own prefix, and only for this account.
 */
public final class LogBucket extends ComponentResource {
    public static final String TYPE = "slipway:aws:LogBucket";
    /** Prefix of S3 server access logs; each source bucket writes below {@code <prefix><source bucket>/}. */
    public static final String S3_ACCESS_LOG_PREFIX = "s3-access/";
    /** The prefix a load balancer's {@code access_logs.s3.prefix} attribute must name. */
    public static final String LOAD_BALANCER_LOG_PREFIX = "load-balancers";
    /** Overwritten or deleted log objects are kept this long: long enough to notice tampering. */
    static final int NONCURRENT_DAYS = 30;

    private final Output<String> bucketName;
    private final Output<String> bucketArn;

    public LogBucket(String name, LogBucketArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        Output<Map<String, String>> tags = args.bucketName().applyValue(bucketName -> {
            var all = new TreeMap<>(args.tags());
            all.put("Name", bucketName);
            return all;
        });
        var bucket = new BucketV2(name, BucketV2Args.builder()
                .bucket(args.bucketName())
                .forceDestroy(false)
                .tags(tags)
                .build(), CustomResourceOptions.builder().parent(this).protect(true).build());
        var baseline = BucketBaseline.apply(name, bucket, new BucketBaseline.Encryption.S3Managed(), this);
        var versioning = baseline.versioning();
        var publicAccessBlock = baseline.publicAccessBlock();
        var policy = new BucketPolicy(name + "-policy", BucketPolicyArgs.builder()
                .bucket(bucket.id())
                .policy(policy(bucket.arn(), args))
                .build(), CustomResourceOptions.builder().parent(this).dependsOn(publicAccessBlock).build());
        new BucketLifecycleConfigurationV2(name + "-lifecycle", BucketLifecycleConfigurationV2Args.builder()
                .bucket(bucket.id())
                .rules(BucketLifecycleConfigurationV2RuleArgs.builder()
                        .id("expire-logs")
                        .status("Enabled")
                        .filter(BucketLifecycleConfigurationV2RuleFilterArgs.builder().prefix("").build())
                        .expiration(BucketLifecycleConfigurationV2RuleExpirationArgs.builder().days(args.retentionDays()).build())
                        .noncurrentVersionExpiration(BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs.builder()
                                .noncurrentDays(NONCURRENT_DAYS).build())
                        .abortIncompleteMultipartUpload(BucketLifecycleConfigurationV2RuleAbortIncompleteMultipartUploadArgs.builder()
                                .daysAfterInitiation(7).build())
                        .build())
                .build(), CustomResourceOptions.builder().parent(this).dependsOn(versioning).build());
        // Read through the policy, so whatever delivers here is configured only once it may write.
        this.bucketName = policy.bucket();
        this.bucketArn = bucket.arn();
        registerOutputs(Map.of("bucketName", bucketName, "bucketArn", bucketArn));
    }

    private static Output<String> policy(Output<String> bucketArn, LogBucketArgs args) {
        var account = args.account();
        var statements = new ArrayList<PolicyStatement>();
        statements.add(SecureBucket.tlsOnlyStatement(bucketArn));
        if (!args.sourceBucketArns().isEmpty()) {
            // S3 server access logging, for exactly the listed buckets of this account (confused-deputy protection).
            statements.add(PolicyStatement.allow("S3ServerAccessLogs", "s3:PutObject")
                    .principal("Service", Output.of("logging.s3.amazonaws.com"))
                    .resources(bucketArn.applyValue(arn -> arn + "/" + S3_ACCESS_LOG_PREFIX + "*"))
                    .condition("ArnLike", Output.of("aws:SourceArn"), args.sourceBucketArns())
                    .condition("StringEquals", Output.of("aws:SourceAccount"), List.of(account.id())));
        }
        // Load balancer access logs, as the Elastic Load Balancing guide's bucket policy: this account's only.
        Output<String> logSources = account.arn("logs", account.region(), "*");
        statements.add(PolicyStatement.allow("LoadBalancerLogsAclCheck", "s3:GetBucketAcl")
                .principal("Service", Output.of("delivery.logs.amazonaws.com"))
                .resources(bucketArn)
                .condition("StringEquals", Output.of("aws:SourceAccount"), List.of(account.id()))
                .condition("ArnLike", Output.of("aws:SourceArn"), List.of(logSources)));
        statements.add(PolicyStatement.allow("LoadBalancerLogsWrite", "s3:PutObject")
                .principal("Service", Output.of("delivery.logs.amazonaws.com"))
                .resources(Output.tuple(bucketArn, account.id()).applyValue(t ->
                        t.t1 + "/" + LOAD_BALANCER_LOG_PREFIX + "/AWSLogs/" + t.t2 + "/*"))
                .condition("StringEquals", "s3:x-amz-acl", "bucket-owner-full-control")
                .condition("StringEquals", Output.of("aws:SourceAccount"), List.of(account.id()))
                .condition("ArnLike", Output.of("aws:SourceArn"), List.of(logSources)));
        return PolicyDocument.of(statements);
    }

    /** The bucket's name, known once its policy lets the delivery services write. */
    public Output<String> bucketName() {
        return bucketName;
    }

    public Output<String> bucketArn() {
        return bucketArn;
    }
}
