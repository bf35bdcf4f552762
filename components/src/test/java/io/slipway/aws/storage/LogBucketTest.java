package io.slipway.aws.storage;

import static io.slipway.aws.foundation.AwsTestEnvironments.MOCKS;
import static io.slipway.aws.foundation.AwsTestEnvironments.clean;
import static io.slipway.aws.foundation.AwsTestEnvironments.json;
import static io.slipway.aws.foundation.AwsTestEnvironments.statement;
import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.aws.AwsAccount;
import io.slipway.offline.OfflineEngine;
import io.slipway.offline.OfflineResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogBucketTest {
    private static OfflineResult plan(List<String> sources) {
        return clean(OfflineEngine.run("dev", MOCKS, ctx -> new LogBucket("logs", new LogBucketArgs(Output.of("dev-logs"),
                AwsAccount.lookup("eu-west-1"), sources.stream().map(Output::of).toList(), 365,
                Map.of("slipway:component", "logs")), ComponentResourceOptions.builder().build())));
    }

    @Test
    void theLogBucketIsPrivateVersionedProtectedAndEncryptedWithS3ManagedKeys() {
        // GIVEN / WHEN a log bucket receiving the backups bucket's access logs
        var result = plan(List.of("arn:aws:s3:::dev-backups"));

        // THEN it is protected, versioned, closed to the public and to ACLs
        var bucket = result.single("aws:s3/bucketV2:BucketV2");
        assertThat(bucket.protect()).isTrue();
        assertThat(bucket.require("forceDestroy")).isEqualTo(false);
        assertThat(result.single("aws:s3/bucketVersioningV2:BucketVersioningV2").require("versioningConfiguration.status"))
                .isEqualTo("Enabled");
        var block = result.single("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock");
        for (String setting : new String[] {"blockPublicAcls", "ignorePublicAcls", "blockPublicPolicy", "restrictPublicBuckets"}) {
            assertThat(block.require(setting)).as(setting).isEqualTo(true);
        }
        assertThat(result.single("aws:s3/bucketOwnershipControls:BucketOwnershipControls").require("rule.objectOwnership"))
                .isEqualTo("BucketOwnerEnforced");
        // AND encrypted with SSE-S3, the one default encryption S3 server access logging delivers to
        var encryption = result.single("aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2");
        assertThat(encryption.require("rules.0.applyServerSideEncryptionByDefault.sseAlgorithm")).isEqualTo("AES256");
        // AND logs expire after the retention
        var lifecycle = result.single("aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2");
        assertThat(((Number) lifecycle.require("rules.0.expiration.days")).intValue()).isEqualTo(365);
    }

    @Test
    void loadBalancersOfThisAccountMayWriteOnlyUnderTheirPrefix() {
        // GIVEN / WHEN a log bucket
        var policy = json(plan(List.of("arn:aws:s3:::dev-backups")).single("aws:s3/bucketPolicy:BucketPolicy").require("policy"));

        // THEN TLS is required of everyone
        assertThat(statement(policy, "DenyInsecureTransport").get("Effect").asText()).isEqualTo("Deny");
        // AND Elastic Load Balancing's log delivery may check the ACL and write below load-balancers/AWSLogs/<account>/
        var write = statement(policy, "LoadBalancerLogsWrite");
        assertThat(write.get("Principal").get("Service").asText()).isEqualTo("delivery.logs.amazonaws.com");
        assertThat(write.get("Action").asText()).isEqualTo("s3:PutObject");
        assertThat(write.get("Resource").asText()).isEqualTo("arn:aws:s3:::dev-logs/load-balancers/AWSLogs/123456789012/*");
        assertThat(write.get("Condition").get("StringEquals").get("aws:SourceAccount").asText()).isEqualTo("123456789012");
        assertThat(write.get("Condition").get("StringEquals").get("s3:x-amz-acl").asText()).isEqualTo("bucket-owner-full-control");
        assertThat(write.get("Condition").get("ArnLike").get("aws:SourceArn").asText()).isEqualTo("arn:aws:logs:eu-west-1:123456789012:*");
        var aclCheck = statement(policy, "LoadBalancerLogsAclCheck");
        assertThat(aclCheck.get("Action").asText()).isEqualTo("s3:GetBucketAcl");
        assertThat(aclCheck.get("Resource").asText()).isEqualTo("arn:aws:s3:::dev-logs");
    }

    @Test
    void withoutSourceBucketsS3MayNotDeliverAccessLogs() {
        // GIVEN / WHEN a log bucket for load balancers only
        var policy = json(plan(List.of()).single("aws:s3/bucketPolicy:BucketPolicy").require("policy"));

        // THEN no statement names the S3 logging service
        assertThat(policy.toString()).doesNotContain("logging.s3.amazonaws.com");
    }
}
