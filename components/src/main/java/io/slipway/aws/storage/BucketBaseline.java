package io.slipway.aws.storage;

import com.pulumi.aws.s3.BucketOwnershipControls;
import com.pulumi.aws.s3.BucketOwnershipControlsArgs;
import com.pulumi.aws.s3.BucketPublicAccessBlock;
import com.pulumi.aws.s3.BucketPublicAccessBlockArgs;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2Args;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketVersioningV2;
import com.pulumi.aws.s3.BucketVersioningV2Args;
import com.pulumi.aws.s3.inputs.BucketOwnershipControlsRuleArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketVersioningV2VersioningConfigurationArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;

/**
 * What every Slipway bucket has, whatever it holds: versioning, default encryption, every kind of
 * public access blocked, and ACLs disabled (access is decided by IAM and the bucket policy alone).
 * The resources are named {@code <name>-versioning}, {@code -encryption}, {@code -public-access-block}
 * and {@code -ownership} under the bucket's component.
 *
 * @param versioning        lifecycle rules on noncurrent versions and Object Lock wait for it
 * @param publicAccessBlock the bucket policy waits for it, so a policy is never briefly public
 */
record BucketBaseline(BucketVersioningV2 versioning, BucketPublicAccessBlock publicAccessBlock) {

    /** Server-side encryption of new objects. */
    sealed interface Encryption {
        /** SSE-S3: where the writer (S3 log delivery, NLB access logs) cannot use a KMS key. */
        record S3Managed() implements Encryption {}

        /** SSE-KMS with a bucket key, which cuts the KMS requests (and their cost) per object write by orders of magnitude. */
        record Kms(Output<String> keyArn) implements Encryption {}
    }

    static BucketBaseline apply(String name, BucketV2 bucket, Encryption encryption, Resource component) {
        var child = CustomResourceOptions.builder().parent(component).build();
        var versioning = new BucketVersioningV2(name + "-versioning", BucketVersioningV2Args.builder()
                .bucket(bucket.id())
                .versioningConfiguration(BucketVersioningV2VersioningConfigurationArgs.builder().status("Enabled").build())
                .build(), child);
        new BucketServerSideEncryptionConfigurationV2(name + "-encryption", BucketServerSideEncryptionConfigurationV2Args.builder()
                .bucket(bucket.id())
                .rules(rule(encryption))
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
                .rule(BucketOwnershipControlsRuleArgs.builder().objectOwnership("BucketOwnerEnforced").build())
                .build(), child);
        return new BucketBaseline(versioning, publicAccessBlock);
    }

    private static BucketServerSideEncryptionConfigurationV2RuleArgs rule(Encryption encryption) {
        var byDefault = BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs.builder();
        var rule = BucketServerSideEncryptionConfigurationV2RuleArgs.builder();
        if (encryption instanceof Encryption.Kms kms) {
            return rule.applyServerSideEncryptionByDefault(byDefault.sseAlgorithm("aws:kms").kmsMasterKeyId(kms.keyArn()).build())
                    .bucketKeyEnabled(true)
                    .build();
        }
        return rule.applyServerSideEncryptionByDefault(byDefault.sseAlgorithm("AES256").build()).build();
    }
}
