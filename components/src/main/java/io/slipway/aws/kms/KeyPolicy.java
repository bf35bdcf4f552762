package io.slipway.aws.kms;

import com.pulumi.core.Output;
import io.slipway.aws.AwsAccount;
import io.slipway.aws.iam.PolicyStatement;
import io.slipway.aws.storage.SecureBucket;
import java.util.List;

/**
 * The statements Slipway's KMS key policies are made of. In a key policy the resource {@code "*"}
 * means "this key", so every statement is about the key it is attached to; actions are always
 * enumerated. Administration stays with the account root so the key can never become unmanageable.
 */
public final class KeyPolicy {
    /** Manage the key but not use it: the actions of the AWS default key-administrator statement, minus {@code kms:*}. */
    static final List<String> ADMINISTRATION_ACTIONS = List.of(
            "kms:CancelKeyDeletion", "kms:CreateAlias", "kms:DeleteAlias", "kms:DescribeKey", "kms:DisableKey",
            "kms:DisableKeyRotation", "kms:EnableKey", "kms:EnableKeyRotation", "kms:GetKeyPolicy",
            "kms:GetKeyRotationStatus", "kms:ListAliases", "kms:ListGrants", "kms:ListKeyPolicies",
            "kms:ListKeyRotations", "kms:ListResourceTags", "kms:PutKeyPolicy", "kms:RevokeGrant",
            "kms:RotateKeyOnDemand", "kms:ScheduleKeyDeletion", "kms:TagResource", "kms:UntagResource",
            "kms:UpdateAlias", "kms:UpdateKeyDescription");

    /** Encrypt and decrypt, the data-key calls envelope encryption makes, and DescribeKey. */
    public static final List<String> USE_ACTIONS = List.of(
            "kms:Decrypt", "kms:DescribeKey", "kms:Encrypt", "kms:GenerateDataKey",
            "kms:GenerateDataKeyWithoutPlaintext", "kms:ReEncryptFrom", "kms:ReEncryptTo");

    private KeyPolicy() {}

    /** The account's IAM principals that IAM policies allow may administer the key. */
    public static PolicyStatement administration(AwsAccount account) {
        return PolicyStatement.allow("AccountAdministration", ADMINISTRATION_ACTIONS.toArray(String[]::new))
                .principal("AWS", account.rootArn())
                .resources("*");
    }

    /**
     * The account's IAM principals may use the key, but only through the named AWS services (EBS via
     * {@code ec2}, EKS secrets encryption, S3 SSE-KMS): a leaked role cannot decrypt data directly.
     */
    public static PolicyStatement useThroughServices(AwsAccount account, List<String> services) {
        return PolicyStatement.allow("AccountUseThroughAwsServices", USE_ACTIONS.toArray(String[]::new))
                .principal("AWS", account.rootArn())
                .resources("*")
                .condition("StringEquals", Output.of("kms:CallerAccount"), List.of(account.id()))
                .condition("StringEquals", Output.of("kms:ViaService"),
                        services.stream().sorted().map(s -> Output.of(s + "." + account.region() + ".amazonaws.com")).toList());
    }

    /** The account's IAM principals may use the key directly, as the Pulumi CLI does for stack secrets. */
    public static PolicyStatement directUse(AwsAccount account) {
        return PolicyStatement.allow("AccountDirectUse", USE_ACTIONS.toArray(String[]::new))
                .principal("AWS", account.rootArn())
                .resources("*");
    }

    /**
     * Grants that AWS services create for their own resources (EKS for secrets encryption, EC2 for
     * encrypted volumes); the condition refuses grants to arbitrary principals.
     */
    public static PolicyStatement grantsForAwsResources(AwsAccount account) {
        return PolicyStatement.allow("AccountGrantsForAwsResources", "kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant")
                .principal("AWS", account.rootArn())
                .resources("*")
                .condition("Bool", "kms:GrantIsForAWSResource", "true");
    }

    /**
     * The EC2 Auto Scaling service-linked role launches the instances of managed node groups; without
     * use of the key and a grant for the instance, nodes with KMS-encrypted volumes fail to launch.
     */
    public static List<PolicyStatement> autoScalingServiceLinkedRole(AwsAccount account) {
        Output<String> role = Output.tuple(account.partition(), account.id()).applyValue(t -> "arn:" + t.t1 + ":iam::" + t.t2
                + ":role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling");
        return List.of(
                PolicyStatement.allow("AutoScalingUse", USE_ACTIONS.toArray(String[]::new))
                        .principal("AWS", role)
                        .resources("*"),
                PolicyStatement.allow("AutoScalingGrants", "kms:CreateGrant")
                        .principal("AWS", role)
                        .resources("*")
                        .condition("Bool", "kms:GrantIsForAWSResource", "true"));
    }

    /**
     * AWS log delivery (Network Load Balancer access logs) writes into the environment's bucket, which
     * is encrypted with this key; only for the account's own resources.
     */
    public static PolicyStatement logDelivery(AwsAccount account) {
        return PolicyStatement.allow("LogDeliveryEncryption", USE_ACTIONS.toArray(String[]::new))
                .principal("Service", Output.of(SecureBucket.LOG_DELIVERY_SERVICE))
                .resources("*")
                .condition("StringEquals", Output.of("aws:SourceAccount"), List.of(account.id()));
    }

    /** CloudWatch Logs may encrypt the named log groups of this account and region, and no others. */
    public static PolicyStatement cloudWatchLogs(AwsAccount account, List<String> logGroupNames) {
        return PolicyStatement.allow("CloudWatchLogsEncryption", USE_ACTIONS.toArray(String[]::new))
                .principal("Service", Output.of("logs." + account.region() + ".amazonaws.com"))
                .resources("*")
                .condition("ArnEquals", Output.of("kms:EncryptionContext:aws:logs:arn"),
                        logGroupNames.stream().sorted().map(n -> account.arn("logs", account.region(), "log-group:" + n)).toList());
    }
}
