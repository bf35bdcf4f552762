package io.slipway.aws.kms;

import com.pulumi.aws.kms.Alias;
import com.pulumi.aws.kms.AliasArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.slipway.aws.iam.PolicyDocument;
import io.slipway.aws.iam.PolicyStatement;
import io.slipway.cluster.EnvironmentContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The environment's customer-managed KMS key: envelope encryption of Kubernetes secrets, node
 * volumes, the backups bucket and the VPC flow logs. Rotated yearly, with an explicit key policy
 * instead of the default "the account may do kms:*".
 */
public final class EnvironmentKey extends ComponentResource {
    public static final String TYPE = "slipway:aws:EnvironmentKey";
    public static final String COMPONENT = "kms";
    /** The services whose calls on behalf of the account's principals may use the key. */
    static final List<String> VIA_SERVICES = List.of("ec2", "eks", "s3");

    private final Output<String> keyArn;
    private final Output<String> keyId;
    private final Output<String> aliasName;

    public EnvironmentKey(String name, EnvironmentKeyArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var environment = args.environment();
        var account = args.account();
        List<PolicyStatement> statements = new ArrayList<>();
        statements.add(KeyPolicy.administration(account));
        statements.add(KeyPolicy.useThroughServices(account, VIA_SERVICES));
        statements.add(KeyPolicy.grantsForAwsResources(account));
        statements.addAll(KeyPolicy.autoScalingServiceLinkedRole(account));
        statements.add(KeyPolicy.logDelivery(account));
        if (!args.logGroupNames().isEmpty()) {
            statements.add(KeyPolicy.cloudWatchLogs(account, args.logGroupNames()));
        }
        var tags = new TreeMap<>(environment.awsTags(EnvironmentContext.SHARED_SLOT, COMPONENT));
        tags.put("Name", environment.name());
        var key = new Key(name, KeyArgs.builder()
                .description("Slipway environment " + environment.name() + ": Kubernetes secrets, volumes, backups, flow logs")
                .keyUsage("ENCRYPT_DECRYPT")
                .customerMasterKeySpec("SYMMETRIC_DEFAULT")
                .enableKeyRotation(true)
                .deletionWindowInDays(args.deletionWindowDays())
                .policy(PolicyDocument.of(statements))
                .tags(tags)
                // Losing the key makes every secret, volume and backup encrypted with it unreadable.
                .build(), CustomResourceOptions.builder().parent(this).protect(true).build());
        var alias = new Alias(name, AliasArgs.builder()
                .name(aliasFor(environment.name()))
                .targetKeyId(key.keyId())
                .build(), CustomResourceOptions.builder().parent(this).build());
        this.keyArn = key.arn();
        this.keyId = key.keyId();
        this.aliasName = alias.name();
        registerOutputs(Map.of("keyArn", keyArn, "keyId", keyId, "aliasName", aliasName));
    }

    /** {@code alias/slipway/<environment>}. */
    public static String aliasFor(String environmentName) {
        return "alias/slipway/" + environmentName;
    }

    public Output<String> keyArn() {
        return keyArn;
    }

    public Output<String> keyId() {
        return keyId;
    }

    public Output<String> aliasName() {
        return aliasName;
    }
}
