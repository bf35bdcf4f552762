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
import com.pulumi.gcp.storage.inputs.BucketVersioningArgs;
import com.pulumi.gcp.storage.inputs.GetProjectServiceAccountArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.Locale;
import java.util.Map;

/**
 * A bucket for data that must survive mistakes: backups and Pulumi state. Versioned (an overwrite
 * or delete keeps the old version for a while), uniform bucket-level access (IAM only, no per-object
 * ACLs to audit), public access prevention enforced (no grant can ever make it public), encrypted
 * with a customer-managed KMS key, and protected from deletion by a stack update.
 *
 * <p>Cloud Storage encrypts with its own service agent, so that agent gets encrypt/decrypt on
 * the key; the bucket reads the key id through that grant, so it is never created before GCS may
 * use the key (creation would fail).
 */
public final class SecureBucket extends ComponentResource {
    public static final String TYPE = "slipway:gcp:SecureBucket";
    /** Old versions kept per object at most, however young. */
    public static final int MAX_NONCURRENT_VERSIONS = 100;

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
                .versioning(BucketVersioningArgs.builder().enabled(true).build())
                .uniformBucketLevelAccess(true)
                .publicAccessPrevention("enforced")
                .encryption(BucketEncryptionArgs.builder().defaultKmsKeyName(keyGrant.cryptoKeyId()).build())
                .lifecycleRules(
                        // Old versions are the undo of a bad write; after the window they are only cost.
                        deleteWhen(BucketLifecycleRuleConditionArgs.builder()
                                .withState("ARCHIVED")
                                .daysSinceNoncurrentTime(args.noncurrentVersionDays())
                                .build()),
                        // Bounds the undo history of objects rewritten many times a day (state files).
                        deleteWhen(BucketLifecycleRuleConditionArgs.builder()
                                .withState("ARCHIVED")
                                .numNewerVersions(MAX_NONCURRENT_VERSIONS)
                                .build()))
                .forceDestroy(false)
                .labels(args.labels())
                .build(), CustomResourceOptions.builder().parent(this).protect(true).build());

        this.bucketName = bucket.name();
        this.url = bucket.url();
        registerOutputs(Map.of("bucketName", bucketName, "url", url));
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
