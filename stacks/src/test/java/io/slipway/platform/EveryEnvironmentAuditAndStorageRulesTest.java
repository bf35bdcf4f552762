package io.slipway.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.model.Cloud;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.Tier;
import io.slipway.offline.OfflineResult;
import io.slipway.offline.RegisteredResource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole offline plan of every shipped environment, held to the rules of the audit-trail and
 * storage hardening, so that a later change cannot quietly undo one: audit logs kept as the tier
 * requires, backups locked at least as long as they are kept and their access logged, the Route 53
 * zone signed in prod, the S3 endpoint bounded to the account's buckets, intranode visibility on GKE,
 * and no role able to lift a backup lock or administer a DNS zone.
 */
class EveryEnvironmentAuditAndStorageRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** S3 actions that would let a principal shorten or remove a backup's lock. */
    private static final List<String> LOCK_LIFTING_ACTIONS = List.of("s3:BypassGovernanceRetention", "s3:PutObjectRetention",
            "s3:PutBucketObjectLockConfiguration", "s3:*");

    static Stream<String> stacks() {
        return Fixtures.projectStacks().stream();
    }

    private record Planned(EnvironmentSpec spec, OfflineResult result) {}

    private static Planned plan(String stack) {
        var spec = Fixtures.projectSpec(stack);
        var result = Fixtures.runPlatform(stack, spec);
        assertThat(result.errors()).as("program errors of " + stack).isEmpty();
        return new Planned(spec, result);
    }

    private static int number(RegisteredResource resource, String path) {
        return ((Number) resource.require(path)).intValue();
    }

    private static JsonNode json(Object document) {
        try {
            return JSON.readTree((String) document);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + document, e);
        }
    }

    private static List<String> textsOf(JsonNode node) {
        var texts = new ArrayList<String>();
        if (node == null) {
            return texts;
        }
        if (node.isArray()) {
            node.forEach(n -> texts.add(n.asText()));
        } else {
            texts.add(node.asText());
        }
        return texts;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void auditLogsAreKeptAsLongAsTheTierRequires(String stack) {
        // GIVEN a shipped environment WHEN its whole plan is made
        var planned = plan(stack);
        var spec = planned.spec();
        int expected = spec.logs().retentionDaysFor(spec.tier());
        int floor = spec.tier() == Tier.PROD ? 365 : 30;

        // THEN every audit-log store keeps the environment's retention, at least a year in prod and 30 days elsewhere
        assertThat(expected).isGreaterThanOrEqualTo(floor);
        if (spec.cloud() == Cloud.AWS) {
            var logGroups = planned.result().ofType("aws:cloudwatch/logGroup:LogGroup");
            assertThat(logGroups).extracting(g -> g.require("name")).contains("/aws/eks/" + stack + "-blue/cluster");
            assertThat(logGroups).allSatisfy(g -> assertThat(number(g, "retentionInDays")).as(g.name()).isEqualTo(expected));
        } else {
            var logBucket = planned.result().single("gcp:logging/projectBucketConfig:ProjectBucketConfig");
            assertThat(number(logBucket, "retentionDays")).isEqualTo(expected);
            assertThat((String) planned.result().single("gcp:logging/projectSink:ProjectSink").require("filter"))
                    .contains("resource.labels.cluster_name=\"" + stack + "-blue\"", "vpc_flows");
        }
        // AND the log bucket is a stack output, for load balancer access logs
        assertThat(planned.result().outputs()).containsKey("logsBucket");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void backupsAreLockedAtLeastAsLongAsTheyAreKeptAndTheirAccessIsLogged(String stack) {
        // GIVEN a shipped environment WHEN its whole plan is made
        var planned = plan(stack);
        var backups = planned.spec().addons().backups();
        var result = planned.result();

        if (planned.spec().cloud() == Cloud.AWS) {
            // THEN the backups bucket is created with Object Lock, locking every version in governance mode
            var bucket = result.named("aws:s3/bucketV2:BucketV2", stack + "-backups");
            assertThat(bucket.require("objectLockEnabled")).isEqualTo(true);
            var lock = result.single("aws:s3/bucketObjectLockConfigurationV2:BucketObjectLockConfigurationV2");
            assertThat(lock.dependencies()).contains(bucket.urn());
            assertThat(lock.require("rule.defaultRetention.mode")).isEqualTo("GOVERNANCE");
            assertThat(number(lock, "rule.defaultRetention.days")).isGreaterThanOrEqualTo(backups.retentionDays());
            // AND its server access logs go to the environment's log bucket
            var logging = result.single("aws:s3/bucketLoggingV2:BucketLoggingV2");
            assertThat(logging.dependencies()).contains(bucket.urn());
            assertThat(logging.require("targetBucket")).isEqualTo(result.outputs().get("logsBucket"));
        } else {
            // THEN the backups bucket keeps every object at least the backup TTL, whoever asks to delete it
            var bucket = result.named("gcp:storage/bucket:Bucket", stack + "-backups");
            assertThat(((Number) bucket.require("retentionPolicy.retentionPeriod")).longValue())
                    .isGreaterThanOrEqualTo(backups.retentionDays() * 86_400L);
            // AND its usage logs go to the environment's log bucket
            assertThat(bucket.require("logging.logBucket")).isEqualTo(result.outputs().get("logsBucket"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void noRoleCanLiftABackupLockOrAdministerTheZone(String stack) {
        // GIVEN a shipped environment WHEN its whole plan is made
        var result = plan(stack).result();

        // THEN no IAM policy allows an action that shortens or removes an object lock
        var allowed = new ArrayList<String>();
        for (var resource : result.resources()) {
            if (resource.type().startsWith("aws:iam/") && resource.inputs().get("policy") instanceof String document) {
                for (JsonNode statement : json(document).get("Statement")) {
                    if (statement.get("Effect").asText().equals("Allow")) {
                        allowed.addAll(textsOf(statement.get("Action")));
                    }
                }
            }
        }
        assertThat(allowed).doesNotContainAnyElementsOf(LOCK_LIFTING_ACTIONS);
        // AND no GCP grant hands out a DNS administrator role
        assertThat(result.resources()).filteredOn(r -> r.type().startsWith("gcp:") && r.inputs().containsKey("role"))
                .allSatisfy(r -> assertThat((String) r.require("role")).as(r.type() + " " + r.name()).doesNotStartWith("roles/dns."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void theNetworkAndClusterKeepTheirHardening(String stack) {
        // GIVEN a shipped environment WHEN its whole plan is made
        var planned = plan(stack);
        var spec = planned.spec();
        var result = planned.result();

        if (spec.cloud() == Cloud.AWS) {
            // THEN the zone is signed exactly when the environment asks (by default in prod), with the DS record exported
            boolean signed = spec.aws().dnssecFor(spec.tier());
            assertThat(signed).isEqualTo(spec.aws().dnssec() != null ? spec.aws().dnssec() : spec.tier() == Tier.PROD);
            assertThat(result.ofType("aws:route53/hostedZoneDnsSec:HostedZoneDnsSec")).hasSize(signed ? 1 : 0)
                    .allSatisfy(d -> assertThat(d.require("signingStatus")).isEqualTo("SIGNING"));
            assertThat(result.outputs().containsKey("dsRecord")).isEqualTo(signed);
            // AND the S3 endpoint lets through only the account's buckets, plus reads of named AWS-owned buckets
            var endpoints = result.ofType("aws:ec2/vpcEndpoint:VpcEndpoint").stream()
                    .filter(e -> ((String) e.require("serviceName")).endsWith(".s3")).toList();
            assertThat(endpoints).hasSize(1);
            for (JsonNode statement : json(endpoints.get(0).require("policy")).get("Statement")) {
                var resources = textsOf(statement.get("Resource"));
                boolean ownAccount = statement.path("Condition").path("StringEquals").has("aws:ResourceAccount");
                assertThat(ownAccount || resources.stream().noneMatch(r -> r.equals("*") || r.equals("arn:aws:s3:::*/*")))
                        .as("endpoint statement %s is bounded", statement.get("Sid")).isTrue();
                if (!ownAccount) {
                    assertThat(textsOf(statement.get("Action"))).containsExactly("s3:GetObject");
                }
            }
        } else {
            // THEN every GKE cluster makes intranode traffic visible to the VPC
            assertThat(result.ofType("gcp:container/cluster:Cluster")).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.require("enableIntranodeVisibility")).isEqualTo(true));
        }
    }
}
