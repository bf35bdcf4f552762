package io.slipway.gcp.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.gcp.GcpTestbed;
import io.slipway.offline.CloudMocks;
import io.slipway.offline.OfflineEngine;
import io.slipway.offline.OfflineResult;
import org.junit.jupiter.api.Test;

class GcsStateBackendTest {
    private static OfflineResult bootstrap(GcsStateBackendArgs args) {
        var result = OfflineEngine.run("bootstrap", CloudMocks.forEnvironment(GcpTestbed.spec()),
                ctx -> GcsStateBackend.define(ctx, args));
        assertThat(result.errors()).isEmpty();
        return result;
    }

    @Test
    void exportsTheLoginUrlAndSecretsProvider() {
        // GIVEN the defaults for a project and region
        // WHEN the bootstrap program runs
        var result = bootstrap(GcsStateBackendArgs.of("acme-platform-dev", "europe-west1"));

        // THEN it exports what `pulumi login` and `--secrets-provider` take
        assertThat(result.outputs()).containsEntry("loginUrl", "gs://acme-platform-dev-pulumi-state");
        assertThat(result.outputs()).containsEntry("secretsProvider",
                "gcpkms://projects/acme-platform-dev/locations/europe-west1/keyRings/pulumi-state/cryptoKeys/stack-secrets");
    }

    @Test
    void stateBucketIsSecureAndEncryptedWithItsOwnKey() {
        // GIVEN the defaults WHEN the bootstrap program runs
        var result = bootstrap(GcsStateBackendArgs.of("acme-platform-dev", "europe-west1"));

        // THEN the bucket is versioned, IAM-only, never public, protected, and keeps 90 days of state history
        var bucket = result.single("gcp:storage/bucket:Bucket");
        assertThat(bucket.require("name")).isEqualTo("acme-platform-dev-pulumi-state");
        assertThat(bucket.require("versioning.enabled")).isEqualTo(true);
        assertThat(bucket.require("uniformBucketLevelAccess")).isEqualTo(true);
        assertThat(bucket.require("publicAccessPrevention")).isEqualTo("enforced");
        assertThat(bucket.require("lifecycleRules.0.condition.daysSinceNoncurrentTime")).isEqualTo(90L);
        assertThat(bucket.protect()).isTrue();
        // AND it is encrypted with the state-bucket key, not with the secrets provider's key
        assertThat(bucket.require("encryption.defaultKmsKeyName"))
                .isEqualTo("projects/acme-platform-dev/locations/europe-west1/keyRings/pulumi-state/cryptoKeys/state-bucket");
        // AND both keys rotate and are protected, as is their key ring
        var keys = result.ofType("gcp:kms/cryptoKey:CryptoKey");
        assertThat(keys).extracting(k -> k.require("name")).containsExactlyInAnyOrder("state-bucket", "stack-secrets");
        assertThat(keys).allSatisfy(k -> {
            assertThat(k.require("rotationPeriod")).isEqualTo("7776000s");
            assertThat(k.protect()).isTrue();
        });
        assertThat(result.single("gcp:kms/keyRing:KeyRing").protect()).isTrue();
    }

    @Test
    void namesCanBeChosen() {
        // GIVEN an explicit bucket and key ring name WHEN the bootstrap program runs
        var result = bootstrap(new GcsStateBackendArgs("acme-platform-dev", "us-central1", "acme-state", "state-2027", 30, null));

        // THEN they are used, in the chosen region
        assertThat(result.outputs()).containsEntry("loginUrl", "gs://acme-state");
        assertThat((String) result.outputs().get("secretsProvider"))
                .isEqualTo("gcpkms://projects/acme-platform-dev/locations/us-central1/keyRings/state-2027/cryptoKeys/stack-secrets");
        assertThat(result.single("gcp:storage/bucket:Bucket").require("location")).isEqualTo("US-CENTRAL1");
    }
}
