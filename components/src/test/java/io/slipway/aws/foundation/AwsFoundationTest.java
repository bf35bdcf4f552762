package io.slipway.aws.foundation;

import static io.slipway.aws.foundation.AwsTestEnvironments.MOCKS;
import static io.slipway.aws.foundation.AwsTestEnvironments.clean;
import static io.slipway.aws.foundation.AwsTestEnvironments.environment;
import static io.slipway.aws.foundation.AwsTestEnvironments.json;
import static io.slipway.aws.foundation.AwsTestEnvironments.map;
import static io.slipway.aws.foundation.AwsTestEnvironments.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.slipway.aws.AwsFoundation;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.offline.OfflineEngine;
import io.slipway.offline.OfflineResult;
import io.slipway.offline.RegisteredResource;
import java.util.List;
import org.junit.jupiter.api.Test;

class AwsFoundationTest {
    private static OfflineResult plan(EnvironmentContext environment) {
        return clean(OfflineEngine.run(environment.name(), MOCKS, ctx -> {
            var foundation = new AwsFoundation(environment);
            ctx.export("vpcId", foundation.vpcId());
            ctx.export("privateSubnetIds", foundation.privateSubnetIds());
            ctx.export("publicSubnetIds", foundation.publicSubnetIds());
            ctx.export("kmsKeyArn", foundation.kmsKeyArn());
            ctx.export("hostedZoneArn", foundation.hostedZoneArn());
            ctx.export("dnsZoneId", foundation.dnsZoneId());
            ctx.export("nameServers", foundation.nameServers());
            ctx.export("backupsBucket", foundation.backupsBucket());
            ctx.export("backupsBucketArn", foundation.backupsBucketArn());
            ctx.export("logsBucket", foundation.logsBucket());
        }));
    }

    @Test
    void exactlyTheKeyZoneBackupsAndLogBucketsAreProtected() {
        // GIVEN the dev environment WHEN its foundation is planned
        var result = plan(environment("dev", ""));

        // THEN only what cannot be rebuilt is protected: the network goes with a destroy, the rest stays
        assertThat(result.resources()).filteredOn(RegisteredResource::protect)
                .extracting(RegisteredResource::type, RegisteredResource::name)
                .containsExactlyInAnyOrder(
                        tuple("aws:kms/key:Key", "dev"),
                        tuple("aws:route53/zone:Zone", "dev"),
                        tuple("aws:s3/bucketV2:BucketV2", "dev-backups"),
                        tuple("aws:s3/bucketV2:BucketV2", "dev-logs"));
        assertThat(result.single("aws:ec2/vpc:Vpc").protect()).isFalse();
        // AND everything hangs below the foundation component
        var foundation = result.single(AwsFoundation.TYPE);
        assertThat(result.resources()).filteredOn(r -> !r.type().startsWith("pulumi:") && r != foundation)
                .allSatisfy(r -> assertThat(result.descendantsOf(foundation)).contains(r));
    }

    @Test
    void theBackupsBucketAndFlowLogsAreEncryptedWithTheEnvironmentKey() {
        // GIVEN / WHEN the dev foundation
        var result = plan(environment("dev", ""));

        // THEN the backups bucket has a globally unique name of environment, account and region
        var key = result.single("aws:kms/key:Key");
        assertThat(result.named("aws:s3/bucketV2:BucketV2", "dev-backups").require("bucket")).isEqualTo("dev-backups-123456789012-eu-west-1");
        assertThat(result.outputs().get("backupsBucket")).isEqualTo("dev-backups-123456789012-eu-west-1");
        assertThat(result.outputs().get("backupsBucketArn")).isEqualTo("arn:aws:s3:::dev-backups-123456789012-eu-west-1");
        // AND it and the flow-log group are encrypted with the environment key
        var encryption = result.named("aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
                "dev-backups-encryption");
        assertThat(encryption.require("rules.0.applyServerSideEncryptionByDefault.kmsMasterKeyId")).isEqualTo(result.outputs().get("kmsKeyArn"));
        var logGroup = result.single("aws:cloudwatch/logGroup:LogGroup");
        assertThat(logGroup.require("kmsKeyId")).isEqualTo(result.outputs().get("kmsKeyArn"));
        assertThat(logGroup.dependencies()).contains(key.urn());
        // AND the key policy lets CloudWatch Logs use the key for exactly that log group and the
        // control-plane log groups of both slots (so adding a slot never edits the key policy)
        var logs = statement(json(key.require("policy")), "CloudWatchLogsEncryption");
        assertThat(logs.get("Condition").get("ArnEquals").get("kms:EncryptionContext:aws:logs:arn"))
                .extracting(com.fasterxml.jackson.databind.JsonNode::asText)
                .containsExactlyInAnyOrder("arn:aws:logs:eu-west-1:123456789012:log-group:" + logGroup.require("name"),
                        "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/eks/dev-blue/cluster",
                        "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/eks/dev-green/cluster");
        // AND the zone's identity is exported for delegation and for DNS writers
        assertThat((List<?>) result.outputs().get("nameServers")).hasSize(4);
        assertThat(result.outputs().get("hostedZoneArn")).asString().isEqualTo("arn:aws:route53:::hostedzone/" + result.outputs().get("dnsZoneId"));
        assertThat((List<?>) result.outputs().get("privateSubnetIds")).hasSize(2);
    }

    @Test
    void backupsAreObjectLockedInGovernanceModeForTheTiersLockDays() {
        // GIVEN dev keeping backups 7 days, and prod with the default 30-day TTL and one locking 45 days
        var dev = plan(environment("dev", "addons: {certManager: {acmeEmail: a@example.com}, backups: {retentionDays: 7}}"));
        var prod = plan(environment("prod", "prod", ""));
        var prodLonger = plan(environment("prod", "prod",
                "addons: {certManager: {acmeEmail: a@example.com}, backups: {lockDays: 45}}"));

        // WHEN / THEN the backups bucket is created with Object Lock on, the log bucket without
        assertThat(dev.named("aws:s3/bucketV2:BucketV2", "dev-backups").require("objectLockEnabled")).isEqualTo(true);
        assertThat(dev.named("aws:s3/bucketV2:BucketV2", "dev-logs").input("objectLockEnabled")).isNotEqualTo(java.util.Optional.of(true));
        // AND every new version is locked in governance mode as long as a backup is kept (or the tier's floor)
        String lock = "aws:s3/bucketObjectLockConfigurationV2:BucketObjectLockConfigurationV2";
        assertThat(dev.single(lock).require("rule.defaultRetention.mode")).isEqualTo("GOVERNANCE");
        assertThat(dev.single(lock).require("objectLockEnabled")).isEqualTo("Enabled");
        assertThat(((Number) dev.single(lock).require("rule.defaultRetention.days")).intValue()).isEqualTo(7);
        assertThat(((Number) prod.single(lock).require("rule.defaultRetention.days")).intValue()).isEqualTo(30);
        assertThat(((Number) prodLonger.single(lock).require("rule.defaultRetention.days")).intValue()).isEqualTo(45);
        // AND the lock is set once versioning is on, on the backups bucket
        assertThat(dev.single(lock).dependencies()).contains(
                dev.named("aws:s3/bucketVersioningV2:BucketVersioningV2", "dev-backups-versioning").urn(),
                dev.named("aws:s3/bucketV2:BucketV2", "dev-backups").urn());
    }

    @Test
    void backupsBucketRequestsAreLoggedToTheEnvironmentsLogBucket() {
        // GIVEN / WHEN the dev foundation
        var result = plan(environment("dev", ""));

        // THEN the backups bucket's server access logs go to the log bucket, under a prefix of its own, by date
        var logging = result.single("aws:s3/bucketLoggingV2:BucketLoggingV2");
        assertThat(logging.require("targetBucket")).isEqualTo("dev-logs-123456789012-eu-west-1");
        assertThat(logging.require("targetPrefix")).isEqualTo("s3-access/dev-backups-123456789012-eu-west-1/");
        assertThat(logging.require("targetObjectKeyFormat.partitionedPrefix.partitionDateSource")).isEqualTo("EventTime");
        assertThat(logging.dependencies()).contains(result.named("aws:s3/bucketV2:BucketV2", "dev-backups").urn(),
                result.named("aws:s3/bucketPolicy:BucketPolicy", "dev-logs-policy").urn());
        // AND the log bucket is the foundation's logsBucket output
        assertThat(result.outputs().get("logsBucket")).isEqualTo("dev-logs-123456789012-eu-west-1");
        // AND S3 may deliver there only for the backups bucket of this account
        var policy = json(result.named("aws:s3/bucketPolicy:BucketPolicy", "dev-logs-policy").require("policy"));
        var delivery = statement(policy, "S3ServerAccessLogs");
        assertThat(delivery.get("Principal").get("Service").asText()).isEqualTo("logging.s3.amazonaws.com");
        assertThat(delivery.get("Resource").asText()).isEqualTo("arn:aws:s3:::dev-logs-123456789012-eu-west-1/s3-access/*");
        assertThat(delivery.get("Condition").get("ArnLike").get("aws:SourceArn").asText())
                .isEqualTo("arn:aws:s3:::dev-backups-123456789012-eu-west-1");
        assertThat(delivery.get("Condition").get("StringEquals").get("aws:SourceAccount").asText()).isEqualTo("123456789012");
        // AND the log bucket's retention is the environment's audit-log retention
        var lifecycle = result.named("aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2", "dev-logs-lifecycle");
        assertThat(((Number) lifecycle.require("rules.0.expiration.days")).intValue()).isEqualTo(30);
    }

    @Test
    void prodSignsItsZoneAndOtherTiersDoWhenTheEnvironmentSaysSo() {
        // GIVEN prod without settings, dev without settings, and dev with aws.dnssec on
        var prod = plan(environment("prod", "prod", ""));
        var dev = plan(environment("dev", ""));
        var signedDev = plan(environment("dev", "aws: {dnssec: true}"));

        // WHEN / THEN prod and the opted-in dev sign their zone and export the DS record; plain dev does not
        assertThat(prod.single("aws:route53/hostedZoneDnsSec:HostedZoneDnsSec").require("hostedZoneId"))
                .isEqualTo(prod.outputs().get("dnsZoneId"));
        assertThat(signedDev.ofType("aws:route53/hostedZoneDnsSec:HostedZoneDnsSec")).hasSize(1);
        assertThat(dev.ofType("aws:route53/hostedZoneDnsSec:HostedZoneDnsSec")).isEmpty();
        assertThat(dev.ofType("aws:route53/keySigningKey:KeySigningKey")).isEmpty();
        // AND the signing key's policy names prod's own zone
        var signingKey = prod.resources().stream().filter(r -> r.type().equals("aws:kms/key:Key")
                && "SIGN_VERIFY".equals(r.inputs().get("keyUsage"))).findFirst().orElseThrow();
        assertThat(statement(json(signingKey.require("policy")), "Route53DnssecSign").get("Condition").get("ArnLike")
                .get("aws:SourceArn").asText()).isEqualTo(prod.outputs().get("hostedZoneArn"));
    }

    @Test
    void twoPlansOfTheSameEnvironmentAreIdentical() {
        // GIVEN the prod-like environment WHEN its foundation is planned twice
        var env = environment("prod", "network: {zones: 3, nat: perZone}");

        // THEN both graphs are equal, inputs and outputs included
        var first = plan(env);
        var second = plan(env);
        assertThat(second.resources()).isEqualTo(first.resources());
        assertThat(second.outputs()).isEqualTo(first.outputs());
    }

    @Test
    void everyTaggableResourceCarriesTheEnvironmentAndANameTag() {
        // GIVEN / WHEN the dev foundation
        var result = plan(environment("dev", ""));

        // THEN every AWS resource with tags is attributed to the environment, the shared slot and a component
        var tagged = result.resources().stream().filter(r -> r.type().startsWith("aws:") && r.input("tags").isPresent()).toList();
        assertThat(tagged).extracting(RegisteredResource::type)
                .contains("aws:ec2/vpc:Vpc", "aws:ec2/natGateway:NatGateway", "aws:ec2/eip:Eip", "aws:ec2/flowLog:FlowLog",
                        "aws:iam/role:Role", "aws:kms/key:Key", "aws:route53/zone:Zone", "aws:s3/bucketV2:BucketV2");
        assertThat(tagged).allSatisfy(r -> {
            var tags = map(r.require("tags"));
            assertThat(tags).as(r.type() + " " + r.name()).containsEntry("slipway:environment", "dev")
                    .containsEntry("slipway:slot", "shared").containsEntry("team", "platform")
                    .containsKeys("slipway:component", "Name");
        });
    }

    @Test
    void anExistingVpcIsUsedAsGivenAndOnlyTheProtectedFoundationIsCreated() {
        // GIVEN an environment that brings its own VPC
        var env = environment("dev", """
                aws:
                  existingVpc:
                    vpcId: vpc-0123456789abcdef0
                    privateSubnetIds: [subnet-0aaa0000, subnet-0bbb0000]
                """);

        // WHEN its foundation is planned
        var result = plan(env);

        // THEN no network resource is created and the given ids are passed on
        assertThat(result.resources()).noneSatisfy(r -> assertThat(r.type()).matches("aws:(ec2|cloudwatch|iam)/.*"));
        assertThat(result.outputs().get("vpcId")).isEqualTo("vpc-0123456789abcdef0");
        assertThat(result.outputs().get("privateSubnetIds")).isEqualTo(List.of("subnet-0aaa0000", "subnet-0bbb0000"));
        assertThat(result.outputs().get("publicSubnetIds")).isEqualTo(List.of());
        // AND the key, zone, backups and log buckets are still built, and the key policy names only the
        // slots' control-plane log groups (there are no flow logs in a VPC Slipway does not own)
        assertThat(result.resources()).filteredOn(RegisteredResource::protect).hasSize(4);
        var logs = statement(json(result.single("aws:kms/key:Key").require("policy")), "CloudWatchLogsEncryption");
        assertThat(logs.get("Condition").get("ArnEquals").get("kms:EncryptionContext:aws:logs:arn"))
                .extracting(com.fasterxml.jackson.databind.JsonNode::asText)
                .containsExactlyInAnyOrder("arn:aws:logs:eu-west-1:123456789012:log-group:/aws/eks/dev-blue/cluster",
                        "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/eks/dev-green/cluster");
    }
}
