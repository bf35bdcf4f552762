package io.slipway.gcp.kms;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.gcp.GcpTestbed;
import org.junit.jupiter.api.Test;

class EnvironmentKeysTest {
    @Test
    void protectedRotatingKeysAndTheGkeAgentGrant() {
        // GIVEN the base environment WHEN planned
        var result = GcpTestbed.plan(GcpTestbed.spec()).result();

        // THEN the key ring lives in the region and is protected
        var ring = result.single("gcp:kms/keyRing:KeyRing");
        assertThat(ring.require("location")).isEqualTo("europe-west1");
        assertThat(ring.require("name")).isEqualTo("slipway-dev");
        assertThat(ring.protect()).isTrue();
        // AND both keys rotate every 90 days, are protected and labelled
        var secrets = result.named("gcp:kms/cryptoKey:CryptoKey", "gke-secrets");
        var backups = result.named("gcp:kms/cryptoKey:CryptoKey", "backups");
        for (var key : java.util.List.of(secrets, backups)) {
            assertThat(key.require("rotationPeriod")).isEqualTo("7776000s");
            assertThat(key.require("purpose")).isEqualTo("ENCRYPT_DECRYPT");
            assertThat(key.require("keyRing")).isEqualTo("projects/acme-platform-dev/locations/europe-west1/keyRings/slipway-dev");
            assertThat(key.protect()).isTrue();
            assertThat(key.require("labels.slipway-environment")).isEqualTo("dev");
            assertThat(key.require("labels.team")).isEqualTo("platform");
        }
        // AND the GKE service agent of the project (number from getProject) may use the secrets key only
        var grant = result.named("gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember", "gke-secrets-gke-agent");
        assertThat(grant.require("cryptoKeyId"))
                .isEqualTo("projects/acme-platform-dev/locations/europe-west1/keyRings/slipway-dev/cryptoKeys/gke-secrets");
        assertThat(grant.require("role")).isEqualTo("roles/cloudkms.cryptoKeyEncrypterDecrypter");
        assertThat((String) grant.require("member"))
                .matches("serviceAccount:service-\\d{12}@container-engine-robot\\.iam\\.gserviceaccount\\.com");
    }

    @Test
    void clustersWaitForTheAgentGrant() {
        // GIVEN the base environment WHEN planned
        var result = GcpTestbed.plan(GcpTestbed.spec()).result();

        // THEN the cluster depends on the grant, so GKE may use the key when the cluster is created
        var grant = result.named("gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember", "gke-secrets-gke-agent");
        assertThat(result.single("gcp:container/cluster:Cluster").dependencies()).contains(grant.urn());
    }
}
