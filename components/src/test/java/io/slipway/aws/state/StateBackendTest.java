package io.slipway.aws.state;

import static io.slipway.aws.foundation.AwsTestEnvironments.MOCKS;
import static io.slipway.aws.foundation.AwsTestEnvironments.actions;
import static io.slipway.aws.foundation.AwsTestEnvironments.clean;
import static io.slipway.aws.foundation.AwsTestEnvironments.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.offline.OfflineEngine;
import org.junit.jupiter.api.Test;

class StateBackendTest {
    @Test
    void theBootstrapProgramExportsTheLoginUrlAndSecretsProvider() {
        // GIVEN the bootstrap program for acme-pulumi-state in eu-west-1
        // WHEN it runs
        var result = clean(OfflineEngine.run("bootstrap", MOCKS, ctx -> StateBackend.define(ctx, "eu-west-1", "acme-pulumi-state")));

        // THEN it exports what `pulumi login` and `pulumi stack init --secrets-provider` take
        assertThat(result.outputs().get("loginUrl")).isEqualTo("s3://acme-pulumi-state?region=eu-west-1&awssdk=v2");
        assertThat(result.outputs().get("secretsProvider")).isEqualTo("awskms://alias/slipway/pulumi-secrets?region=eu-west-1");
    }

    @Test
    void stateAndSecretsKeyAreProtectedEncryptedAndRotated() {
        // GIVEN / WHEN the bootstrap program
        var result = clean(OfflineEngine.run("bootstrap", MOCKS, ctx -> StateBackend.define(ctx, "eu-west-1", "acme-pulumi-state")));

        // THEN the secrets key rotates, is protected and is aliased for the secrets provider URL
        var key = result.single("aws:kms/key:Key");
        assertThat(key.require("enableKeyRotation")).isEqualTo(true);
        assertThat(key.protect()).isTrue();
        assertThat(result.single("aws:kms/alias:Alias").require("name")).isEqualTo("alias/slipway/pulumi-secrets");
        // AND its policy lets the account administer and use it directly (the CLI calls KMS itself), with named actions
        var policy = json(key.require("policy"));
        assertThat(actions(policy)).contains("kms:Encrypt", "kms:Decrypt", "kms:PutKeyPolicy")
                .allSatisfy(action -> assertThat(action).doesNotContain("*"));
        // AND the state bucket is a protected secure bucket encrypted with that key
        var bucket = result.single("aws:s3/bucketV2:BucketV2");
        assertThat(bucket.require("bucket")).isEqualTo("acme-pulumi-state");
        assertThat(bucket.protect()).isTrue();
        assertThat(bucket.require("tags.slipway:component")).isEqualTo("pulumi-state");
        var encryption = result.single("aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2");
        assertThat(encryption.require("rules.0.applyServerSideEncryptionByDefault.kmsMasterKeyId"))
                .asString().startsWith("arn:aws:kms:eu-west-1:123456789012:key/");
        assertThat(encryption.dependencies()).contains(key.urn());
        assertThat(result.single("aws:s3/bucketVersioningV2:BucketVersioningV2").require("versioningConfiguration.status"))
                .isEqualTo("Enabled");
    }

    @Test
    void aMissingBucketOrMalformedRegionIsRefusedBeforeAnythingIsBuilt() {
        // GIVEN / WHEN / THEN
        assertThatThrownBy(() -> new StateBackendArgs("europe", "b", null, null)).hasMessageContaining("not an AWS region such as eu-west-1");
        assertThatThrownBy(() -> new StateBackendArgs("eu-west-1", " ", null, null)).hasMessageContaining("--bucket is required");
        assertThat(new StateBackendArgs("us-gov-west-1", "b", null, null).region()).isEqualTo("us-gov-west-1");
    }
}
