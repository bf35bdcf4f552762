package io.slipway.gcp.storage;

import com.pulumi.core.Output;
import io.slipway.gcp.kms.CryptoKeys;
import com.pulumi.gcp.kms.CryptoKeyIAMMember;
import com.pulumi.gcp.kms.CryptoKeyIAMMemberArgs;
import com.pulumi.gcp.storage.Bucket;
import com.pulumi.gcp.storage.BucketArgs;
import com.pulumi.gcp.storage.StorageFunctions;
import com.pulumi.gcp.storage.inputs.BucketEncryptionArgs;
import com.pulumi.gcp.storage.inputs.BucketLifecycleRuleActionArgs;
import com.pulumi.gcp.storage.inputs.BucketLifecycleRuleArgs;
import com.pulumi.gcp.storage.inputs.BucketLifecycleRuleConditionArgs;
import com.pulumi.gcp.storage.inputs.BucketLoggingArgs;
import com.pulumi.gcp.storage.inputs.BucketRetentionPolicyArgs;
import com.pulumi.gcp.storage.inputs.BucketVersioningArgs;
import com.pulumi.gcp.storage.inputs.GetProjectServiceAccountArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A bucket for data that must survive mistakes: backups and Pulumi state. Versioned (an overwrite
 * or delete keeps the old version for a while), uniform bucket-level access (IAM only, no per-object
 * ACLs to audit), public access prevention enforced (no grant can ever make it public), encrypted
 * with a customer-managed KMS key, and protected from deletion by a stack update.
 *
 * <p>With a retention policy, no object can be deleted or replaced before it reaches the policy's
 * age, whoever asks; GCS then refuses versioning, which the policy makes unnecessary. Optionally
 * the bucket's usage logs go to a log bucket.
 *
 * <p>Cloud Storage encrypts with its own service agent, so that agent gets encrypt/decrypt on
 * the key; the bucket reads the key id through that grant, so it is never created before GCS may
 * use the key (creation would fail).
 */
public final class SecureBucket extends ComponentResource {
    public static final String TYPE = "slipway:gcp:SecureBucket";
    /** Old versions kept per object at most, however young. */
    public static final int MAX_NONCURRENT_VERSIONS = 100;
    /** Usage logs of a bucket are written below {@code <prefix><bucket>_usage_...}. */
    public static final String ACCESS_LOG_PREFIX = "usage/";
    static final int SECONDS_PER_DAY = 86_400;

    private final Output<String> bucketName;
    private final Output<String> url;

    public SecureBucket(String name, SecureBucketArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var storageAgent = StorageFunctions.getProjectServiceAccount(
                GetProjectServiceAccountArgs.builder().project(args.project()).build());
        var keyGrant = new CryptoKeyIAMMember(name + "-storage-agent", CryptoKeyIAMMemberArgs.builder()
                .cryptoKeyId(args.kmsKey())
                .role(CryptoKeys.ENCRYPTER_DECRYPTER)
                .member(storageAgent.applyValue(agent -> "serviceAccount:" + agent.emailAddress()))
                .build(), CustomResourceOptions.builder().parent(this).build());

        var bucket = new Bucket(name, BucketArgs.builder()
                .project(args.project())
                .name(args.bucketName())
                .location(args.location().toUpperCase(Locale.ROOT))
                .storageClass("STANDARD")
                .versioning(BucketVersioningArgs.builder().enabled(!args.retained()).build())
                .retentionPolicy(Output.ofNullable(args.retained() ? BucketRetentionPolicyArgs.builder()
                        // Not locked: locking is irreversible and belongs to a deliberate decision (docs/gcp.md).
                        .retentionPeriod(Math.toIntExact((long) args.retentionPolicyDays() * SECONDS_PER_DAY))
                        .isLocked(false)
                        .build() : null))
                .logging(Output.ofNullable(args.accessLogBucket() == null ? null : BucketLoggingArgs.builder()
                        .logBucket(args.accessLogBucket())
                        .logObjectPrefix(ACCESS_LOG_PREFIX + args.bucketName())
                        .build()))
                .uniformBucketLevelAccess(true)
                .publicAccessPrevention("enforced")
                .encryption(BucketEncryptionArgs.builder().defaultKmsKeyName(keyGrant.cryptoKeyId()).build())
                .lifecycleRules(lifecycleRules(args))
                .forceDestroy(false)
                .labels(args.labels())
                .build(), CustomResourceOptions.builder().parent(this).protect(true).build());

        this.bucketName = bucket.name();
        this.url = bucket.url();
        registerOutputs(Map.of("bucketName", bucketName, "url", url));
    }

    private static List<BucketLifecycleRuleArgs> lifecycleRules(SecureBucketArgs args) {
        var rules = new ArrayList<BucketLifecycleRuleArgs>();
        if (!args.retained()) {
            // Old versions are the undo of a bad write; after the window they are only cost.
            rules.add(deleteWhen(BucketLifecycleRuleConditionArgs.builder()
                    .withState("ARCHIVED")
                    .daysSinceNoncurrentTime(args.noncurrentVersionDays())
                    .build()));
            // Bounds the undo history of objects rewritten many times a day (state files).
            rules.add(deleteWhen(BucketLifecycleRuleConditionArgs.builder()
                    .withState("ARCHIVED")
                    .numNewerVersions(MAX_NONCURRENT_VERSIONS)
                    .build()));
        }
        if (args.deleteAfterDays() != null) {
            rules.add(deleteWhen(BucketLifecycleRuleConditionArgs.builder().age(args.deleteAfterDays()).build()));
        }
        return rules;
    }

    private static BucketLifecycleRuleArgs deleteWhen(BucketLifecycleRuleConditionArgs condition) {
        return BucketLifecycleRuleArgs.builder()
                .action(BucketLifecycleRuleActionArgs.builder().type("Delete").build())
                .condition(condition)
                .build();
    }

    public Output<String> bucketName() {
        return bucketName;
    }

    /** {@code gs://<bucket>}. */
    public Output<String> url() {
        return url;
    }
}
