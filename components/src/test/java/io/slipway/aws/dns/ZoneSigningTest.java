package io.slipway.aws.dns;

import static io.slipway.aws.foundation.AwsTestEnvironments.MOCKS;
import static io.slipway.aws.foundation.AwsTestEnvironments.clean;
import static io.slipway.aws.foundation.AwsTestEnvironments.environment;
import static io.slipway.aws.foundation.AwsTestEnvironments.json;
import static io.slipway.aws.foundation.AwsTestEnvironments.statement;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.aws.AwsAccount;
import io.slipway.offline.OfflineEngine;
import io.slipway.offline.OfflineResult;
import org.junit.jupiter.api.Test;

class ZoneSigningTest {
    private static final String ZONE_ARN = "arn:aws:route53:::hostedzone/Z0123456789ABCDEF";

    private static OfflineResult plan() {
        var environment = environment("prod", "prod", "");
        return clean(OfflineEngine.run("prod", MOCKS, ctx -> {
            var signing = new ZoneSigning("prod", new ZoneSigningArgs(environment, AwsAccount.lookup("eu-west-1"),
                    Output.of("Z0123456789ABCDEF"), Output.of(ZONE_ARN)), ComponentResourceOptions.builder().build());
            ctx.export("dsRecord", signing.dsRecord());
        }));
    }

    @Test
    void theZoneIsSignedWithAnEccKeyInUsEast1() {
        // GIVEN / WHEN the prod zone is signed
        var result = plan();

        // THEN the KMS key is an ECC P-256 signing key, protected, made through a provider for us-east-1
        var key = result.single("aws:kms/key:Key");
        assertThat(key.require("customerMasterKeySpec")).isEqualTo("ECC_NIST_P256");
        assertThat(key.require("keyUsage")).isEqualTo("SIGN_VERIFY");
        assertThat(key.protect()).isTrue();
        var provider = result.single("pulumi:providers:aws");
        assertThat(provider.require("region")).isEqualTo("us-east-1");
        assertThat(result.resources()).filteredOn(r -> r.type().equals("aws:kms/key:Key"))
                .allSatisfy(r -> assertThat(r.provider()).contains(provider.urn()));
        // AND a key-signing key of that key is active in the zone, and signing is on once it exists
        var ksk = result.single("aws:route53/keySigningKey:KeySigningKey");
        assertThat(ksk.require("hostedZoneId")).isEqualTo("Z0123456789ABCDEF");
        assertThat((String) ksk.require("keyManagementServiceArn")).startsWith("arn:aws:kms:us-east-1:123456789012:key/");
        assertThat(ksk.require("status")).isEqualTo("ACTIVE");
        assertThat(ksk.require("name")).isEqualTo("slipway_prod");
        assertThat(ksk.dependencies()).contains(key.urn());
        var dnssec = result.single("aws:route53/hostedZoneDnsSec:HostedZoneDnsSec");
        assertThat(dnssec.require("signingStatus")).isEqualTo("SIGNING");
        assertThat(dnssec.dependencies()).contains(ksk.urn());
        // AND the DS record for the parent zone is an output
        assertThat((String) result.outputs().get("dsRecord")).matches("\\d+ 13 2 [0-9A-F]{64}");
    }

    @Test
    void onlyRoute53DnssecOfThisAccountMaySignAndOnlyForThisZone() {
        // GIVEN / WHEN the prod zone is signed
        JsonNode policy = json(plan().single("aws:kms/key:Key").require("policy"));

        // THEN Route 53's DNSSEC service may describe, read the public key and sign, for this zone and account
        var sign = statement(policy, "Route53DnssecSign");
        assertThat(sign.get("Principal").get("Service").asText()).isEqualTo("dnssec-route53.amazonaws.com");
        assertThat(sign.get("Action")).extracting(JsonNode::asText).containsExactly("kms:DescribeKey", "kms:GetPublicKey", "kms:Sign");
        assertThat(sign.get("Condition").get("StringEquals").get("aws:SourceAccount").asText()).isEqualTo("123456789012");
        assertThat(sign.get("Condition").get("ArnLike").get("aws:SourceArn").asText()).isEqualTo(ZONE_ARN);
        // AND it may create grants only for AWS resources
        var grant = statement(policy, "Route53DnssecGrant");
        assertThat(grant.get("Action").asText()).isEqualTo("kms:CreateGrant");
        assertThat(grant.get("Condition").get("Bool").get("kms:GrantIsForAWSResource").asText()).isEqualTo("true");
        // AND the account administers the key, but no principal of the account may sign with it
        assertThat(statement(policy, "AccountAdministration").get("Action").toString()).doesNotContain("kms:Sign");
        assertThat(policy.get("Statement")).hasSize(3);
    }
}
