package io.slipway.gcp.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.gcp.GcpTestbed;
import io.slipway.offline.CloudMocks;
import io.slipway.offline.OfflineEngine;
import io.slipway.offline.OfflineResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecureBucketTest {
    private static final String KEY = "projects/acme-platform-dev/locations/europe-west1/keyRings/ring/cryptoKeys/data";

    private static OfflineResult build(SecureBucketArgs args) {
        var result = OfflineEngine.run("dev", CloudMocks.forEnvironment(GcpTestbed.spec()), ctx -> {
            var bucket = new SecureBucket("data", args, ComponentResourceOptions.builder().build());
            ctx.export("url", bucket.url());
        });
        assertThat(result.errors()).isEmpty();
        return result;
    }

    @Test
    void versionedUniformNeverPublicCmekAndProtected() {
        // GIVEN a bucket with a KMS key and labels
        var args = new SecureBucketArgs("acme-platform-dev", "acme-data", "europe-west1", Output.of(KEY),
                Map.of("team", "platform"), null);

        // WHEN it is built
        var result = build(args);

        // THEN it is versioned, IAM-only, never public, encrypted with the key, protected and labelled
        var bucket = result.single("gcp:storage/bucket:Bucket");
        assertThat(bucket.require("name")).isEqualTo("acme-data");
        assertThat(bucket.require("location")).isEqualTo("EUROPE-WEST1");
        assertThat(bucket.require("versioning.enabled")).isEqualTo(true);
        assertThat(bucket.require("uniformBucketLevelAccess")).isEqualTo(true);
        assertThat(bucket.require("publicAccessPrevention")).isEqualTo("enforced");
        assertThat(bucket.require("encryption.defaultKmsKeyName")).isEqualTo(KEY);
        assertThat(bucket.require("forceDestroy")).isEqualTo(false);
        assertThat(bucket.require("labels.team")).isEqualTo("platform");
        assertThat(bucket.protect()).isTrue();
        assertThat(result.outputs()).containsEntry("url", "gs://acme-data");
    }

    @Test
    void oldVersionsExpireAfterTheWindowAndBeyondACount() {
        // GIVEN a 14-day window for old versions WHEN built
        var bucket = build(new SecureBucketArgs("acme-platform-dev", "acme-data", "europe-west1", Output.of(KEY), null, 14))
                .single("gcp:storage/bucket:Bucket");

        // THEN noncurrent versions are deleted after 14 days, and beyond 100 newer versions
        assertThat(bucket.require("lifecycleRules.0.action.type")).isEqualTo("Delete");
        assertThat(bucket.require("lifecycleRules.0.condition.withState")).isEqualTo("ARCHIVED");
        assertThat(bucket.require("lifecycleRules.0.condition.daysSinceNoncurrentTime")).isEqualTo(14L);
        assertThat(bucket.require("lifecycleRules.1.action.type")).isEqualTo("Delete");
        assertThat(bucket.require("lifecycleRules.1.condition.withState")).isEqualTo("ARCHIVED");
        assertThat(bucket.require("lifecycleRules.1.condition.numNewerVersions")).isEqualTo(100L);
        assertThat(bucket.input("lifecycleRules.2")).isEmpty();
    }

    @Test
    void storageAgentMayUseTheKeyBeforeTheBucketExists() {
        // GIVEN a bucket WHEN built
        var result = build(new SecureBucketArgs("acme-platform-dev", "acme-data", "europe-west1", Output.of(KEY), null, null));

        // THEN the project's Cloud Storage agent gets encrypt/decrypt on exactly that key, and the bucket waits for it
        var grant = result.single("gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember");
        assertThat(grant.require("cryptoKeyId")).isEqualTo(KEY);
        assertThat(grant.require("role")).isEqualTo("roles/cloudkms.cryptoKeyEncrypterDecrypter");
        assertThat((String) grant.require("member")).matches("serviceAccount:service-\\d{12}@gs-project-accounts\\.iam\\.gserviceaccount\\.com");
        assertThat(result.single("gcp:storage/bucket:Bucket").dependencies()).contains(grant.urn());
    }

    @Test
    void aRetainedBucketHasAPolicyInsteadOfVersionsAndMayExpireObjectsOnlyAfterIt() {
        // GIVEN a bucket retaining objects 30 days and deleting them at 30, logging its usage elsewhere
        var result = build(new SecureBucketArgs("acme-platform-dev", "acme-logs", "europe-west1", Output.of(KEY), null, null,
                30, 30, Output.of("acme-usage")));

        // WHEN built THEN objects are retained 30 days, unversioned, deleted at 30 days, and usage is logged
        var bucket = result.single("gcp:storage/bucket:Bucket");
        assertThat(((Number) bucket.require("retentionPolicy.retentionPeriod")).longValue()).isEqualTo(2_592_000L);
        assertThat(bucket.require("retentionPolicy.isLocked")).isEqualTo(false);
        assertThat(bucket.require("versioning.enabled")).isEqualTo(false);
        assertThat(((Number) bucket.require("lifecycleRules.0.condition.age")).intValue()).isEqualTo(30);
        assertThat(bucket.input("lifecycleRules.1")).isEmpty();
        assertThat(bucket.require("logging.logBucket")).isEqualTo("acme-usage");
        assertThat(bucket.require("logging.logObjectPrefix")).isEqualTo("usage/acme-logs");
        // AND a deletion age shorter than the retention, which GCS would refuse, is refused up front
        assertThatThrownBy(() -> new SecureBucketArgs("acme", "acme-logs", "europe-west1", Output.of(KEY), null, null, 30, 7, null))
                .hasMessageContaining("deleteAfterDays (7) is shorter than the retention policy (30 days)");
    }

    @Test
    void invalidBucketNameIsRefusedWithTheRule() {
        // GIVEN an upper-case bucket name WHEN args are built THEN the message names it and the rule
        assertThatThrownBy(() -> new SecureBucketArgs("acme", "Acme-Data", "europe-west1", Output.of(KEY), null, null))
                .hasMessageContaining("Acme-Data").hasMessageContaining("lower-case");
    }
}
