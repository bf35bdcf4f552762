package io.slipway.gcp.kms;

import com.pulumi.core.Output;
import com.pulumi.gcp.kms.CryptoKeyIAMMember;
import com.pulumi.gcp.kms.CryptoKeyIAMMemberArgs;
import com.pulumi.gcp.organizations.OrganizationsFunctions;
import com.pulumi.gcp.organizations.inputs.GetProjectArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.Map;
import java.util.TreeMap;

/**
 * The environment's Cloud KMS keys, shared by both cluster slots: one for GKE application-layer
 * encryption of Kubernetes secrets in etcd, one for the backups bucket. Both rotate every 90 days
 * and, like their key ring, are protected from deletion.
 *
 * <p>GKE encrypts with its own service agent, {@code service-<project number>@container-engine-robot},
 * so that agent is granted encrypt/decrypt on the secrets key (and only on it). The key id handed
 * to clusters is read through that grant, so no cluster is created before GKE may use its key.
 */
public final class EnvironmentKeys extends ComponentResource {
    public static final String TYPE = "slipway:gcp:EnvironmentKeys";
    public static final String CLUSTER_SECRETS_KEY = "gke-secrets";
    public static final String BACKUPS_KEY = "backups";

    private final Output<String> keyRing;
    private final Output<String> clusterSecretsKey;
    private final Output<String> backupsKey;

    public EnvironmentKeys(String name, EnvironmentKeysArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var ring = CryptoKeys.protectedKeyRing(args.keyRingName(), args.project(), args.region(), this);
        var secrets = CryptoKeys.rotating(CLUSTER_SECRETS_KEY, ring.id(), withPurpose(args, "gke-secrets"), this);
        var backups = CryptoKeys.rotating(BACKUPS_KEY, ring.id(), withPurpose(args, "backups"), this);

        var projectNumber = OrganizationsFunctions.getProject(GetProjectArgs.builder().projectId(args.project()).build())
                .applyValue(project -> project.number());
        var gkeAgentGrant = new CryptoKeyIAMMember(CLUSTER_SECRETS_KEY + "-gke-agent", CryptoKeyIAMMemberArgs.builder()
                .cryptoKeyId(secrets.id())
                .role(CryptoKeys.ENCRYPTER_DECRYPTER)
                .member(projectNumber.applyValue(EnvironmentKeys::gkeServiceAgent))
                .build(), CustomResourceOptions.builder().parent(this).build());

        this.keyRing = ring.id();
        this.clusterSecretsKey = gkeAgentGrant.cryptoKeyId();
        this.backupsKey = backups.id();
        registerOutputs(Map.of("keyRing", keyRing, "clusterSecretsKey", clusterSecretsKey, "backupsKey", backupsKey));
    }

    /** The GKE service agent of a project, the principal that encrypts etcd secrets. */
    public static String gkeServiceAgent(String projectNumber) {
        return "serviceAccount:service-" + projectNumber + "@container-engine-robot.iam.gserviceaccount.com";
    }

    private static Map<String, String> withPurpose(EnvironmentKeysArgs args, String purpose) {
        var labels = new TreeMap<>(args.labels());
        labels.put("slipway-key-purpose", purpose);
        return labels;
    }

    /** The key ring, {@code projects/<p>/locations/<region>/keyRings/<name>}. */
    public Output<String> keyRing() {
        return keyRing;
    }

    /** The key GKE encrypts Kubernetes secrets with; resolves once the GKE agent may use it. */
    public Output<String> clusterSecretsKey() {
        return clusterSecretsKey;
    }

    /** The key the backups bucket is encrypted with. */
    public Output<String> backupsKey() {
        return backupsKey;
    }
}
