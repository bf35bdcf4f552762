package io.slipway.aws.kms;

import static io.slipway.aws.foundation.AwsTestEnvironments.MOCKS;
import static io.slipway.aws.foundation.AwsTestEnvironments.actions;
import static io.slipway.aws.foundation.AwsTestEnvironments.clean;
import static io.slipway.aws.foundation.AwsTestEnvironments.dev;
import static io.slipway.aws.foundation.AwsTestEnvironments.json;
import static io.slipway.aws.foundation.AwsTestEnvironments.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.aws.AwsAccount;
import io.slipway.offline.OfflineEngine;
import io.slipway.offline.OfflineResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvironmentKeyTest {
    private static final String ROOT = "arn:aws:iam::123456789012:root";

    private static OfflineResult plan(List<String> logGroups) {
        var env = dev();
        return clean(OfflineEngine.run("dev", MOCKS, ctx -> new EnvironmentKey("dev",
                new EnvironmentKeyArgs(env, AwsAccount.lookup("eu-west-1"), logGroups, null), ComponentResourceOptions.builder().build())));
    }

    private static JsonNode policy(OfflineResult result) {
        return json(result.single("aws:kms/key:Key").require("policy"));
    }

    @Test
    void theKeyRotatesIsProtectedAndHasItsAlias() {
        // GIVEN the dev environment WHEN its key is planned
        var result = plan(List.of());

        // THEN the key rotates yearly, keeps a 30-day deletion window and is protected from deletion
        var key = result.single("aws:kms/key:Key");
        assertThat(key.require("enableKeyRotation")).isEqualTo(true);
        assertThat(((Number) key.require("deletionWindowInDays")).intValue()).isEqualTo(30);
        assertThat(key.require("keyUsage")).isEqualTo("ENCRYPT_DECRYPT");
        assertThat(key.protect()).isTrue();
        assertThat(key.require("tags.slipway:component")).isEqualTo("kms");
        assertThat(key.require("tags.Name")).isEqualTo("dev");
        // AND its alias names the environment
        var alias = result.single("aws:kms/alias:Alias");
        assertThat(alias.require("name")).isEqualTo("alias/slipway/dev");
        assertThat(alias.dependencies()).contains(key.urn());
    }

    @Test
    void thePolicyNamesEveryActionAndKeepsAdministrationWithTheAccount() {
        // GIVEN / WHEN the dev key
        var policy = policy(plan(List.of("/slipway/dev/vpc-flow-logs")));

        // THEN no statement uses a wildcard action
        assertThat(actions(policy)).isNotEmpty().allSatisfy(action -> assertThat(action).doesNotContain("*"));
        // AND the account root administers the key, including PutKeyPolicy so it can never lock itself out
        var admin = statement(policy, "AccountAdministration");
        assertThat(admin.get("Principal").get("AWS").asText()).isEqualTo(ROOT);
        assertThat(admin.get("Action").toString()).contains("kms:PutKeyPolicy", "kms:ScheduleKeyDeletion", "kms:EnableKeyRotation")
                .doesNotContain("kms:Decrypt", "kms:Encrypt");
        // AND the account's principals use it only through EC2, EKS and S3 of this region
        var use = statement(policy, "AccountUseThroughAwsServices");
        var conditions = use.get("Condition").get("StringEquals");
        assertThat(conditions.get("kms:CallerAccount").asText()).isEqualTo("123456789012");
        assertThat(conditions.get("kms:ViaService").toString()).isEqualTo(
                "[\"ec2.eu-west-1.amazonaws.com\",\"eks.eu-west-1.amazonaws.com\",\"s3.eu-west-1.amazonaws.com\"]");
    }

    @Test
    void theAutoScalingServiceLinkedRoleMayUseTheKeyAndGrantItForInstances() {
        // GIVEN / WHEN the dev key
        var policy = policy(plan(List.of()));

        // THEN the Auto Scaling service-linked role may encrypt and decrypt volumes
        String role = "arn:aws:iam::123456789012:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling";
        var use = statement(policy, "AutoScalingUse");
        assertThat(use.get("Principal").get("AWS").asText()).isEqualTo(role);
        assertThat(use.get("Action").toString()).contains("kms:Encrypt", "kms:Decrypt", "kms:ReEncryptFrom", "kms:ReEncryptTo",
                "kms:GenerateDataKey", "kms:GenerateDataKeyWithoutPlaintext", "kms:DescribeKey");
        // AND may create grants only for AWS resources (the instances it launches)
        var grants = statement(policy, "AutoScalingGrants");
        assertThat(grants.get("Principal").get("AWS").asText()).isEqualTo(role);
        assertThat(grants.get("Action").asText()).isEqualTo("kms:CreateGrant");
        assertThat(grants.get("Condition").get("Bool").get("kms:GrantIsForAWSResource").asText()).isEqualTo("true");
    }

    @Test
    void cloudWatchLogsMayEncryptTheNamedLogGroupsOnly() {
        // GIVEN the flow-log group WHEN the key is planned
        var policy = policy(plan(List.of("/slipway/dev/vpc-flow-logs")));

        // THEN the regional CloudWatch Logs service may use the key for that log group's ARN only
        var logs = statement(policy, "CloudWatchLogsEncryption");
        assertThat(logs.get("Principal").get("Service").asText()).isEqualTo("logs.eu-west-1.amazonaws.com");
        assertThat(logs.get("Condition").get("ArnEquals").get("kms:EncryptionContext:aws:logs:arn").asText())
                .isEqualTo("arn:aws:logs:eu-west-1:123456789012:log-group:/slipway/dev/vpc-flow-logs");
        // AND without log groups the statement is left out
        assertThat(policy(plan(List.of())).get("Statement").toString()).doesNotContain("CloudWatchLogsEncryption");
    }

    @Test
    void logDeliveryMayEncryptForTheAccountsOwnLoadBalancers() {
        // GIVEN the environment key WHEN it is planned
        var policy = policy(plan(List.of()));

        // THEN AWS log delivery (NLB access logs into the key-encrypted bucket) may use it, for this account only
        var delivery = statement(policy, "LogDeliveryEncryption");
        assertThat(delivery.get("Principal").get("Service").asText()).isEqualTo("delivery.logs.amazonaws.com");
        assertThat(delivery.get("Action").toString()).contains("kms:GenerateDataKey", "kms:Decrypt").doesNotContain("kms:*");
        assertThat(delivery.at("/Condition/StringEquals/aws:SourceAccount").asText()).isEqualTo("123456789012");
    }

    @Test
    void aDeletionWindowOutsideWhatKmsAllowsIsRefused() {
        // GIVEN / WHEN / THEN a 3-day window is refused with the valid range
        assertThatThrownBy(() -> new EnvironmentKeyArgs(dev(), null, List.of(), 3)).hasMessageContaining("environment and account");
        var env = dev();
        var account = new AwsAccount(com.pulumi.core.Output.of("1"), com.pulumi.core.Output.of("aws"), "eu-west-1");
        assertThatThrownBy(() -> new EnvironmentKeyArgs(env, account, List.of(), 3)).hasMessageContaining("7 to 30 days");
    }
}
