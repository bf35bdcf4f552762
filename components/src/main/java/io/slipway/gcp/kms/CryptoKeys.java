package io.slipway.gcp.kms;

import com.pulumi.core.Output;
import com.pulumi.gcp.kms.CryptoKey;
import com.pulumi.gcp.kms.CryptoKeyArgs;
import com.pulumi.gcp.kms.KeyRing;
import com.pulumi.gcp.kms.KeyRingArgs;
import com.pulumi.gcp.kms.inputs.CryptoKeyVersionTemplateArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.Map;

/** How every Slipway Cloud KMS key is made, so secrets, backups and state keys cannot drift apart. */
public final class CryptoKeys {
    /** 90 days: rotation re-encrypts nothing, it only bounds how much one key version protects. */
    public static final String ROTATION_PERIOD = "7776000s";

    /** The one role a service agent needs to encrypt and decrypt with a key. */
    public static final String ENCRYPTER_DECRYPTER = "roles/cloudkms.cryptoKeyEncrypterDecrypter";

    private CryptoKeys() {}

    /**
     * A key ring named {@code name} in {@code region}, protected: Cloud KMS cannot delete a key ring,
     * so removing one from a stack would only orphan it and its keys.
     */
    public static KeyRing protectedKeyRing(String name, String project, String region, Resource parent) {
        return new KeyRing(name, KeyRingArgs.builder()
                .project(project)
                .name(name)
                .location(region)
                .build(), CustomResourceOptions.builder().parent(parent).protect(true).build());
    }

    /**
     * A symmetric key with automatic rotation, protected: deleting a key makes everything it
     * encrypted unreadable, so no stack update may remove one.
     */
    public static CryptoKey rotating(String name, Output<String> keyRingId, Map<String, String> labels, Resource parent) {
        return new CryptoKey(name, CryptoKeyArgs.builder()
                .name(name)
                .keyRing(keyRingId)
                .purpose("ENCRYPT_DECRYPT")
                .rotationPeriod(ROTATION_PERIOD)
                .versionTemplate(CryptoKeyVersionTemplateArgs.builder()
                        .algorithm("GOOGLE_SYMMETRIC_ENCRYPTION")
                        .protectionLevel("SOFTWARE")
                        .build())
                .labels(labels)
                .build(), CustomResourceOptions.builder().parent(parent).protect(true).build());
    }
}
