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
        assertThat(result.single("gcp:storage/bucket:Bucket").protect()).isTrue();
        // AND all of it hangs under the one foundation component
        var foundation = result.single(GcpFoundation.TYPE);
        assertThat(result.descendantsOf(foundation)).extracting(r -> r.type()).contains(
                "gcp:compute/network:Network", "gcp:dns/managedZone:ManagedZone", "gcp:kms/keyRing:KeyRing",
                "gcp:storage/bucket:Bucket");
    }

    @Test
    void backupsBucketIsEncryptedWithTheBackupsKeyAndKeepsVersionsForTheRetention() {
        // GIVEN backups kept 21 days WHEN planned
        var result = GcpTestbed.plan(GcpTestbed.spec(tree -> ((ObjectNode) tree.get("addons")).putObject("backups")
                .put("retentionDays", 21))).result();

        // THEN the bucket is named after project and environment, encrypted with the backups key
        var bucket = result.single("gcp:storage/bucket:Bucket");
        assertThat(bucket.require("name")).isEqualTo("acme-platform-dev-dev-backups");
        assertThat(bucket.require("encryption.defaultKmsKeyName"))
                .isEqualTo("projects/acme-platform-dev/locations/europe-west1/keyRings/slipway-dev/cryptoKeys/backups");
        assertThat(bucket.require("lifecycleRules.0.condition.daysSinceNoncurrentTime")).isEqualTo(21L);
        assertThat(bucket.require("labels.slipway-component")).isEqualTo("backups");
        assertThat(bucket.require("publicAccessPrevention")).isEqualTo("enforced");
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
        });

        // THEN they are the managed zone's name, its name servers and the bucket's name
        assertThat(result.errors()).isEmpty();
        assertThat(result.outputs()).containsEntry("dnsZoneId", "dev-gcp-example-com")
                .containsEntry("backupsBucket", "acme-platform-dev-dev-backups");
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
