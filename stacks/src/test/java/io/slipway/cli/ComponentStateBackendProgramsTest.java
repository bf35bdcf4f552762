package io.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.cli.bootstrap.ComponentStateBackendPrograms;
import io.slipway.plan.TinyPlatform;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComponentStateBackendProgramsTest {
    @TempDir
    Path home;

    @Test
    void gcpBootstrapPlansTheRealStateBackendOffline() {
        // GIVEN the production state programs and a bootstrapper that must not be called
        List<String> deployed = new ArrayList<>();
        var services = CliRun.services(home, TinyPlatform::define, new ComponentStateBackendPrograms(),
                (stack, config, program) -> {
                    deployed.add(stack);
                    return Map.of();
                }, "");

        // WHEN the GCP bootstrap is planned
        var run = CliRun.run(services, "bootstrap", "gcp", "--project", "acme-platform", "--region", "europe-west1",
                "--bucket", "acme-gcp-state", "--plan");

        // THEN the GCS state backend's bucket and keys are shown, with the login URL of the bucket asked for
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("+ slipway:gcp:GcsStateBackend  pulumi-state")
                .contains("gcp:storage/bucket:Bucket")
                .contains("gcp:kms/cryptoKey:CryptoKey")
                .contains("loginUrl: \"gs://acme-gcp-state\"")
                .contains("secretsProvider: \"gcpkms://projects/acme-platform/locations/europe-west1/keyRings/");
        assertThat(deployed).isEmpty();
    }

    @Test
    void awsBootstrapPlansTheRealStateBackendOffline() {
        // GIVEN the production state programs and a bootstrapper that must not be called
        List<String> deployed = new ArrayList<>();
        var services = CliRun.services(home, TinyPlatform::define, new ComponentStateBackendPrograms(),
                (stack, config, program) -> {
                    deployed.add(stack);
                    return Map.of();
                }, "");

        // WHEN the AWS bootstrap is planned
        var run = CliRun.run(services, "bootstrap", "aws", "--region", "eu-west-1", "--bucket", "acme-state", "--plan");

        // THEN the S3 state bucket and the secrets key are shown, with the login and secrets-provider URLs
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("aws:s3/bucketV2:BucketV2")
                .contains("aws:kms/key:Key")
                .contains("loginUrl: \"s3://acme-state?region=eu-west-1&awssdk=v2\"")
                .contains("secretsProvider: \"awskms://alias/slipway/pulumi-secrets?region=eu-west-1\"");
        assertThat(deployed).isEmpty();
    }
}
