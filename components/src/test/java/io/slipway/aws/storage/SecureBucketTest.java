package io.slipway.aws.storage;

import static io.slipway.aws.foundation.AwsTestEnvironments.MOCKS;
import static io.slipway.aws.foundation.AwsTestEnvironments.clean;
import static io.slipway.aws.foundation.AwsTestEnvironments.failureOf;
import static io.slipway.aws.foundation.AwsTestEnvironments.json;
import static io.slipway.aws.foundation.AwsTestEnvironments.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.offline.OfflineEngine;
import io.slipway.offline.OfflineResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecureBucketTest {
    private static final String KEY_ARN = "arn:aws:kms:eu-west-1:123456789012:key/5e1f0b7a-test";

    private static OfflineResult plan(String bucketName, Integer noncurrentDays, Boolean protect) {
        return OfflineEngine.run("dev", MOCKS, ctx -> new SecureBucket("backups", new SecureBucketArgs(Output.of(bucketName),
                Output.of(KEY_ARN), Map.of("slipway:component", "backups"), noncurrentDays, protect),
                ComponentResourceOptions.builder().build()));
    }

    @Test
    void logDeliveryWritesOnlyUnderItsPrefixForItsAccount() {
        // GIVEN a bucket that receives load balancer access logs under lb-logs
        var result = clean(OfflineEngine.run("dev", MOCKS, ctx -> new SecureBucket("backups", new SecureBucketArgs(
                Output.of("dev-backups-123456789012-eu-west-1"), Output.of(KEY_ARN), Map.of(), null, null,
                new SecureBucketArgs.LogDelivery("lb-logs", Output.of("123456789012"))), ComponentResourceOptions.builder().build())));

        // THEN the log delivery service may check the bucket ACL and put objects only under lb-logs/<lb>/AWSLogs/<account>/,
        // for that account, handing them to the bucket owner
        var policy = json(result.single("aws:s3/bucketPolicy:BucketPolicy").require("policy"));
        var write = statement(policy, "LogDeliveryWrite");
        assertThat(write.get("Principal").get("Service").asText()).isEqualTo("delivery.logs.amazonaws.com");
        assertThat(write.get("Action").asText()).isEqualTo("s3:PutObject");
        assertThat(write.get("Resource").asText()).isEqualTo("arn:aws:s3:::dev-backups-123456789012-eu-west-1/lb-logs/*/AWSLogs/123456789012/*");
        assertThat(write.at("/Condition/StringEquals/aws:SourceAccount").asText()).isEqualTo("123456789012");
        assertThat(write.at("/Condition/StringEquals/s3:x-amz-acl").asText()).isEqualTo("bucket-owner-full-control");
        var acl = statement(policy, "LogDeliveryAclCheck");
        assertThat(acl.get("Action").asText()).isEqualTo("s3:GetBucketAcl");
        assertThat(acl.get("Resource").asText()).isEqualTo("arn:aws:s3:::dev-backups-123456789012-eu-west-1");
        // AND the TLS-only denial still covers everyone
        assertThat(statement(policy, "DenyInsecureTransport").at("/Condition/Bool/aws:SecureTransport").asText()).isEqualTo("false");
        // AND a bucket without log delivery grants none
        assertThat((String) plan("dev-state", null, null).single("aws:s3/bucketPolicy:BucketPolicy").require("policy"))
                .doesNotContain("delivery.logs");
    }

    @Test
    void theBucketIsVersionedKmsEncryptedPrivateAndOwnerEnforced() {
        // GIVEN a secure bucket with default settings WHEN it is planned
        var result = clean(plan("dev-backups-123456789012-eu-west-1", null, null));

        // THEN the bucket has the given name, is protected and never force-destroyed
        var bucket = result.single("aws:s3/bucketV2:BucketV2");
        assertThat(bucket.require("bucket")).isEqualTo("dev-backups-123456789012-eu-west-1");
        assertThat(bucket.require("forceDestroy")).isEqualTo(false);
        assertThat(bucket.protect()).isTrue();
        assertThat(bucket.require("tags.Name")).isEqualTo("dev-backups-123456789012-eu-west-1");
        assertThat(bucket.require("tags.slipway:component")).isEqualTo("backups");
        // AND versioning is on
        assertThat(result.single("aws:s3/bucketVersioningV2:BucketVersioningV2").require("versioningConfiguration.status"))
                .isEqualTo("Enabled");
        // AND objects are encrypted with the KMS key, with a bucket key
        var encryption = result.single("aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2");
        assertThat(encryption.require("rules.0.applyServerSideEncryptionByDefault.sseAlgorithm")).isEqualTo("aws:kms");
        assertThat(encryption.require("rules.0.applyServerSideEncryptionByDefault.kmsMasterKeyId")).isEqualTo(KEY_ARN);
        assertThat(encryption.require("rules.0.bucketKeyEnabled")).isEqualTo(true);
        // AND every kind of public access is blocked
        var block = result.single("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock");
        for (String setting : new String[] {"blockPublicAcls", "ignorePublicAcls", "blockPublicPolicy", "restrictPublicBuckets"}) {
            assertThat(block.require(setting)).as(setting).isEqualTo(true);
        }
        // AND ACLs are disabled
        assertThat(result.single("aws:s3/bucketOwnershipControls:BucketOwnershipControls").require("rule.objectOwnership"))
                .isEqualTo("BucketOwnerEnforced");
        // AND every sub-resource configures this bucket
        assertThat(result.resources()).filteredOn(r -> r.type().startsWith("aws:s3/") && !r.type().equals("aws:s3/bucketV2:BucketV2"))
                .hasSize(6).allSatisfy(r -> assertThat(r.dependencies()).contains(bucket.urn()));
    }

    @Test
    void thePolicyRefusesEveryRequestWithoutTls() {
        // GIVEN / WHEN a secure bucket
        var result = clean(plan("state-bucket", null, null));

        // THEN its policy denies all S3 actions on the bucket and its objects when the transport is not TLS
        var policy = json(result.single("aws:s3/bucketPolicy:BucketPolicy").require("policy"));
        assertThat(policy.get("Statement")).hasSize(1);
        var deny = statement(policy, "DenyInsecureTransport");
        assertThat(deny.get("Effect").asText()).isEqualTo("Deny");
        assertThat(deny.get("Principal").asText()).isEqualTo("*");
        assertThat(deny.get("Action").asText()).isEqualTo("s3:*");
        assertThat(deny.get("Resource").toString()).isEqualTo("[\"arn:aws:s3:::state-bucket\",\"arn:aws:s3:::state-bucket/*\"]");
        assertThat(deny.get("Condition").get("Bool").get("aws:SecureTransport").asText()).isEqualTo("false");
    }

    @Test
    void noncurrentVersionsExpireAfterTheConfiguredDays() {
        // GIVEN a bucket keeping old versions 30 days, unprotected WHEN it is planned
        var result = clean(plan("scratch-bucket", 30, false));

        // THEN one enabled rule for every object expires noncurrent versions and abandoned uploads
        var lifecycle = result.single("aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2");
        assertThat(lifecycle.require("rules.0.status")).isEqualTo("Enabled");
        assertThat(lifecycle.require("rules.0.filter.prefix")).isEqualTo("");
        assertThat(((Number) lifecycle.require("rules.0.noncurrentVersionExpiration.noncurrentDays")).intValue()).isEqualTo(30);
        assertThat(((Number) lifecycle.require("rules.0.abortIncompleteMultipartUpload.daysAfterInitiation")).intValue()).isEqualTo(7);
        // AND it waits for versioning to be on
        assertThat(lifecycle.dependencies()).contains(result.single("aws:s3/bucketVersioningV2:BucketVersioningV2").urn());
        assertThat(result.single("aws:s3/bucketV2:BucketV2").protect()).isFalse();
    }

    @Test
    void invalidNamesAndRetentionsAreRefused() {
        // GIVEN / WHEN / THEN an upper-case bucket name fails the run with S3's naming rule
        assertThat(failureOf(() -> plan("Dev_Backups", null, null))).contains("'Dev_Backups' is invalid").contains("lower-case");
        // AND zero days of retention is refused before anything is built
        assertThatThrownBy(() -> new SecureBucketArgs(Output.of("b"), Output.of(KEY_ARN), null, 0, null))
                .hasMessageContaining("at least 1 day");
    }
}
