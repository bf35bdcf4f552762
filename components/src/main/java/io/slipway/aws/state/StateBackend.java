package io.slipway.aws.state;

import com.pulumi.Context;
import com.pulumi.aws.kms.Alias;
import com.pulumi.aws.kms.AliasArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.slipway.aws.AwsAccount;
import io.slipway.aws.iam.PolicyDocument;
import io.slipway.aws.kms.KeyPolicy;
import io.slipway.aws.storage.SecureBucket;
import io.slipway.aws.storage.SecureBucketArgs;
import io.slipway.cluster.EnvironmentContext;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where every environment stack's Pulumi state and secrets live: a {@link SecureBucket} for the
 * checkpoints and a KMS key that encrypts the stacks' secrets (and the bucket). Built once per
 * account by {@code slipway bootstrap aws}, before any environment exists, so nothing here depends on
 * an environment spec. Both are protected: losing either loses every stack.
 */
public final class StateBackend extends ComponentResource {
    public static final String TYPE = "slipway:aws:StateBackend";
    public static final String COMPONENT = "pulumi-state";
    public static final String SECRETS_KEY_ALIAS = "alias/slipway/pulumi-secrets";

    private final Output<String> bucketName;
    private final Output<String> keyArn;
    private final Output<String> loginUrl;
    private final Output<String> secretsProvider;

    public StateBackend(String name, StateBackendArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var account = AwsAccount.lookup(args.region());
        var tags = new TreeMap<>(args.tags());
        tags.put(EnvironmentContext.TAG_COMPONENT, COMPONENT);
        var keyTags = new TreeMap<>(tags);
        keyTags.put("Name", "slipway-pulumi-secrets");
        var key = new Key(name + "-secrets", KeyArgs.builder()
                .description("Slipway: Pulumi stack secrets and the state bucket " + args.bucketName())
                .keyUsage("ENCRYPT_DECRYPT")
                .customerMasterKeySpec("SYMMETRIC_DEFAULT")
                .enableKeyRotation(true)
                .deletionWindowInDays(30)
                // The Pulumi CLI calls KMS itself to encrypt stack secrets, so use is direct, not via a service.
                .policy(PolicyDocument.of(KeyPolicy.administration(account), KeyPolicy.directUse(account)))
                .tags(keyTags)
                .build(), CustomResourceOptions.builder().parent(this).protect(true).build());
        new Alias(name + "-secrets", AliasArgs.builder()
                .name(SECRETS_KEY_ALIAS)
                .targetKeyId(key.keyId())
                .build(), CustomResourceOptions.builder().parent(this).build());
        var bucket = new SecureBucket(name, new SecureBucketArgs(Output.of(args.bucketName()), key.arn(), tags,
                args.noncurrentVersionExpirationDays(), true), ComponentResourceOptions.builder().parent(this).build());
        this.bucketName = bucket.bucketName();
        this.keyArn = key.arn();
        this.loginUrl = bucketName.applyValue(b -> loginUrl(b, args.region()));
        this.secretsProvider = Output.of(secretsProvider(args.region()));
        registerOutputs(Map.of("bucketName", bucketName, "keyArn", keyArn, "loginUrl", loginUrl, "secretsProvider", secretsProvider));
    }

    /**
     * The inline Pulumi program of {@code slipway bootstrap aws}: builds the backend and exports
     * {@code loginUrl} (for {@code pulumi login}) and {@code secretsProvider} (for {@code pulumi stack
     * init --secrets-provider}).
     */
    public static void define(Context ctx, String region, String bucketName) {
        var backend = new StateBackend("slipway-state", new StateBackendArgs(region, bucketName, Map.of(), null),
                ComponentResourceOptions.builder().build());
        ctx.export("loginUrl", backend.loginUrl());
        ctx.export("secretsProvider", backend.secretsProvider());
    }

    /** {@code s3://<bucket>?region=<region>&awssdk=v2}: the region pins the bucket's endpoint, v2 the SDK that honours it. */
    public static String loginUrl(String bucketName, String region) {
        return "s3://" + bucketName + "?region=" + region + "&awssdk=v2";
    }

    public static String secretsProvider(String region) {
        return "awskms://" + SECRETS_KEY_ALIAS + "?region=" + region;
    }

    public Output<String> bucketName() {
        return bucketName;
    }

    public Output<String> keyArn() {
        return keyArn;
    }

    public Output<String> loginUrl() {
        return loginUrl;
    }

    public Output<String> secretsProvider() {
        return secretsProvider;
    }
}
