package io.slipway.gcp.state;

import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.gcp.kms.CryptoKeys;
import io.slipway.gcp.storage.SecureBucket;
import io.slipway.gcp.storage.SecureBucketArgs;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where Pulumi keeps the state of every Slipway stack on GCP: a {@link SecureBucket} (versioned,
 * CMEK, never public) and a separate Cloud KMS key for the stacks' secrets provider. Two keys, not
 * one, because different principals use them: Cloud Storage's agent encrypts objects, while whoever
 * runs {@code pulumi} encrypts config secrets.
 *
 * <p>It is bootstrapped once per project, before any environment exists, as its own small program
 * (see {@link #define}), with local state; afterwards every stack logs in to the bucket.
 */
public final class GcsStateBackend extends ComponentResource {
    public static final String TYPE = "slipway:gcp:GcsStateBackend";
    public static final String LOGIN_URL = "loginUrl";
    public static final String SECRETS_PROVIDER = "secretsProvider";

    private final Output<String> loginUrl;
    private final Output<String> secretsProvider;

    public GcsStateBackend(String name, GcsStateBackendArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var ring = CryptoKeys.protectedKeyRing(args.keyRingName(), args.project(), args.region(), this);
        var bucketKey = CryptoKeys.rotating("state-bucket", ring.id(), labels(args, "state-bucket"), this);
        var secretsKey = CryptoKeys.rotating("stack-secrets", ring.id(), labels(args, "stack-secrets"), this);
        var bucket = new SecureBucket(name, new SecureBucketArgs(args.project(), args.bucketName(), args.region(),
                bucketKey.id(), labels(args, "state"), args.noncurrentVersionDays()),
                ComponentResourceOptions.builder().parent(this).build());

        this.loginUrl = bucket.url();
        this.secretsProvider = secretsKey.id().applyValue(id -> "gcpkms://" + id);
        registerOutputs(Map.of(LOGIN_URL, loginUrl, SECRETS_PROVIDER, secretsProvider));
    }

    /**
     * The bootstrap program: builds the backend and exports {@value #LOGIN_URL} ({@code gs://<bucket>},
     * for {@code pulumi login}) and {@value #SECRETS_PROVIDER} ({@code gcpkms://projects/.../cryptoKeys/...},
     * for {@code pulumi stack init --secrets-provider}).
     */
    public static GcsStateBackend define(Context ctx, GcsStateBackendArgs args) {
        var backend = new GcsStateBackend("pulumi-state", args, ComponentResourceOptions.builder().build());
        ctx.export(LOGIN_URL, backend.loginUrl());
        ctx.export(SECRETS_PROVIDER, backend.secretsProvider());
        return backend;
    }

    private static Map<String, String> labels(GcsStateBackendArgs args, String purpose) {
        var labels = new TreeMap<>(args.labels());
        labels.put("slipway-component", "pulumi-state");
        labels.put("slipway-purpose", purpose);
        return labels;
    }

    /** {@code gs://<bucket>}: the argument of {@code pulumi login}. */
    public Output<String> loginUrl() {
        return loginUrl;
    }

    /** {@code gcpkms://projects/<p>/locations/<r>/keyRings/<ring>/cryptoKeys/stack-secrets}. */
    public Output<String> secretsProvider() {
        return secretsProvider;
    }
}
