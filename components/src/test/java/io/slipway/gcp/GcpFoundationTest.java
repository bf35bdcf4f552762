package io.slipway.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.offline.CloudMocks;
import io.slipway.offline.OfflineEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class GcpFoundationTest {
    @Test
    void zoneKeysAndBackupsBucketAreProtected() {
        // GIVEN the base environment WHEN planned
        var result = GcpTestbed.plan(GcpTestbed.spec()).result();

        // THEN what holds data or the domain's delegation cannot be deleted by a stack update
        assertThat(result.single("gcp:dns/managedZone:ManagedZone").protect()).isTrue();
        assertThat(result.single("gcp:kms/keyRing:KeyRing").protect()).isTrue();
        assertThat(result.ofType("gcp:kms/cryptoKey:CryptoKey")).hasSize(2).allSatisfy(k -> assertThat(k.protect()).isTrue());
        assertThat(result.ofType("gcp:storage/bucket:Bucket")).hasSize(2).allSatisfy(b -> assertThat(b.protect()).isTrue());
        // AND all of it hangs under the one foundation component
        var foundation = result.single(GcpFoundation.TYPE);
        assertThat(result.descendantsOf(foundation)).extracting(r -> r.type()).contains(
                "gcp:compute/network:Network", "gcp:dns/managedZone:ManagedZone", "gcp:kms/keyRing:KeyRing",
                "gcp:storage/bucket:Bucket");
    }

    @Test
    void backupsBucketIsEncryptedWithTheBackupsKeyAndRetainsObjectsAsLongAsTheLock() {
        // GIVEN backups kept 21 days WHEN planned
        var result = GcpTestbed.plan(GcpTestbed.spec(tree -> ((ObjectNode) tree.get("addons")).putObject("backups")
                .put("retentionDays", 21))).result();

        // THEN the bucket is named after project and environment, encrypted with the backups key
        var bucket = result.named("gcp:storage/bucket:Bucket", "dev-backups");
        assertThat(bucket.require("name")).isEqualTo("acme-platform-dev-dev-backups");
        assertThat(bucket.require("encryption.defaultKmsKeyName"))
                .isEqualTo("projects/acme-platform-dev/locations/europe-west1/keyRings/slipway-dev/cryptoKeys/backups");
        assertThat(bucket.require("labels.slipway-component")).isEqualTo("backups");
        assertThat(bucket.require("publicAccessPrevention")).isEqualTo("enforced");
        // AND no object can be deleted or replaced for the lock's 21 days (dev: the TTL), so versioning is off
        assertThat(((Number) bucket.require("retentionPolicy.retentionPeriod")).longValue()).isEqualTo(21L * 86_400);
        assertThat(bucket.require("retentionPolicy.isLocked")).isEqualTo(false);
        assertThat(bucket.require("versioning.enabled")).isEqualTo(false);
        assertThat(bucket.input("lifecycleRules")).hasValueSatisfying(rules -> assertThat((List<?>) rules).isEmpty());
        // AND its usage logs go to the environment's log bucket
        assertThat(bucket.require("logging.logBucket")).isEqualTo("acme-platform-dev-dev-logs");
        assertThat(bucket.require("logging.logObjectPrefix")).isEqualTo("usage/acme-platform-dev-dev-backups");
    }

    @Test
    void prodLocksBackupsAtLeastThirtyDays() {
        // GIVEN the base environment in the prod tier, keeping backups 7 days WHEN planned
        var result = GcpTestbed.plan(GcpTestbed.spec(tree -> {
            tree.put("tier", "prod");
            ((ObjectNode) tree.get("addons")).putObject("backups").put("retentionDays", 7);
        })).result();

        // THEN the retention policy is the prod floor of 30 days
        var bucket = result.named("gcp:storage/bucket:Bucket", "dev-backups");
        assertThat(((Number) bucket.require("retentionPolicy.retentionPeriod")).longValue()).isEqualTo(30L * 86_400);
    }

    @Test
    void theAuditTrailIsKeptAsLongAsTheTierSays() {
        // GIVEN the dev environment, and the same keeping its logs 400 days WHEN planned
        var dev = GcpTestbed.plan(GcpTestbed.spec()).result();
        var longer = GcpTestbed.plan(GcpTestbed.spec(tree -> tree.putObject("logs").put("retentionDays", 400))).result();

        // THEN a Cloud Logging bucket in the region keeps the environment's logs for the tier's 30 days, or 400
        var logBucket = dev.single("gcp:logging/projectBucketConfig:ProjectBucketConfig");
        assertThat(logBucket.require("bucketId")).isEqualTo("slipway-dev");
        assertThat(logBucket.protect()).isTrue();
        assertThat(logBucket.require("location")).isEqualTo("europe-west1");
        assertThat(((Number) logBucket.require("retentionDays")).intValue()).isEqualTo(30);
        assertThat(((Number) longer.single("gcp:logging/projectBucketConfig:ProjectBucketConfig").require("retentionDays")).intValue())
                .isEqualTo(400);
        // AND a sink routes both slots' control-plane and audit logs and the subnet's flow logs there
        var sink = dev.single("gcp:logging/projectSink:ProjectSink");
        assertThat(sink.require("destination"))
                .isEqualTo("logging.googleapis.com/projects/acme-platform-dev/locations/europe-west1/buckets/slipway-dev");
        assertThat((String) sink.require("filter")).contains("\"k8s_control_plane_component\"", "\"k8s_cluster\"",
                "resource.labels.cluster_name=\"dev-blue\"", "resource.labels.cluster_name=\"dev-green\"",
                "log_id(\"compute.googleapis.com/vpc_flows\")", "resource.labels.subnetwork_name=\"dev-europe-west1\"");
        // AND the usage-log bucket keeps (and retains) objects as long, written only by Cloud Storage's analytics group
        var usage = dev.named("gcp:storage/bucket:Bucket", "dev-logs-usage");
        assertThat(((Number) usage.require("retentionPolicy.retentionPeriod")).longValue()).isEqualTo(30L * 86_400);
        assertThat(((Number) usage.require("lifecycleRules.0.condition.age")).intValue()).isEqualTo(30);
        var writer = dev.single("gcp:storage/bucketIAMMember:BucketIAMMember");
        assertThat(writer.require("member")).isEqualTo("group:cloud-storage-analytics@google.com");
        assertThat(writer.require("role")).isEqualTo("roles/storage.objectCreator");
        assertThat(writer.require("bucket")).isEqualTo("acme-platform-dev-dev-logs");
    }

    @Test
    void exposesZoneNameServersAndBucketToThePlatform() {
        // GIVEN the base environment
        var spec = GcpTestbed.spec();

        // WHEN the foundation's outputs are exported as the platform program does
        var result = OfflineEngine.run("dev", CloudMocks.forEnvironment(spec), ctx -> {
            var foundation = new GcpPlatform(new EnvironmentContext("dev", spec)).foundation();
            ctx.export("dnsZoneId", foundation.dnsZoneId());
            ctx.export("nameServers", foundation.nameServers());
            ctx.export("backupsBucket", foundation.backupsBucket());
            ctx.export("logsBucket", foundation.logsBucket());
        });

        // THEN they are the managed zone's name, its name servers and the bucket's name
        assertThat(result.errors()).isEmpty();
        assertThat(result.outputs()).containsEntry("dnsZoneId", "dev-gcp-example-com")
                .containsEntry("backupsBucket", "acme-platform-dev-dev-backups")
                .containsEntry("logsBucket", "acme-platform-dev-dev-logs");
        assertThat((List<?>) result.outputs().get("nameServers")).hasSize(4);
    }

    @Test
    void longBucketNamesAreShortenedButKeepTheirSuffix() {
        // GIVEN a long project and environment WHEN the backups bucket is named
        String name = GcpFoundation.backupsBucketName("acme-customer-analytics-platform-prod", "customer-analytics-staging");

        // THEN it fits GCS's 63 characters and still says what it is
        assertThat(name).hasSizeLessThanOrEqualTo(63).endsWith("-backups").doesNotContain("--");
    }
}
