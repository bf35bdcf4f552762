package io.slipway.aws.eks;

import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.eks.Cluster;
import com.pulumi.aws.eks.ClusterArgs;
import com.pulumi.aws.eks.inputs.ClusterAccessConfigArgs;
import com.pulumi.aws.eks.inputs.ClusterComputeConfigArgs;
import com.pulumi.aws.eks.inputs.ClusterEncryptionConfigArgs;
import com.pulumi.aws.eks.inputs.ClusterEncryptionConfigProviderArgs;
import com.pulumi.aws.eks.inputs.ClusterKubernetesNetworkConfigArgs;
import com.pulumi.aws.eks.inputs.ClusterKubernetesNetworkConfigElasticLoadBalancingArgs;
import com.pulumi.aws.eks.inputs.ClusterStorageConfigArgs;
import com.pulumi.aws.eks.inputs.ClusterStorageConfigBlockStorageArgs;
import com.pulumi.aws.eks.inputs.ClusterVpcConfigArgs;
import com.pulumi.aws.eks.outputs.ClusterIdentity;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.model.network.ApiAccessSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A slot's EKS control plane with secure defaults: API reachable privately from the VPC, publicly
 * only from the listed networks; every control-plane log type on, into a log group with retention;
 * Kubernetes secrets envelope-encrypted with the environment's KMS key; access managed only through
 * EKS access entries. On EKS Auto Mode ({@code aws.autoMode}) EKS also runs compute (its built-in
 * {@code system} node pool, nodes as the slot's node role), block storage and load balancing, and
 * installs none of the self-managed add-ons (vpc-cni, kube-proxy, CoreDNS) it would otherwise bootstrap.
 */
public final class EksCluster extends ComponentResource {
    public static final String TYPE = "slipway:aws:EksCluster";
    public static final List<String> LOG_TYPES = List.of("api", "audit", "authenticator", "controllerManager", "scheduler");
    /** Auto Mode's built-in pool the spec's system pool maps to; worker pools are {@link AutoModeNodePools}. */
    public static final String AUTO_MODE_SYSTEM_POOL = "system";

    private final Output<String> clusterName;
    private final Output<String> arn;
    private final Output<String> endpoint;
    private final Output<String> certificateAuthorityData;
    private final Output<String> oidcIssuerUrl;

    public EksCluster(String name, EksClusterArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var environment = args.environment();
        String physicalName = environment.clusterName(args.slot());
        var apiAccess = environment.spec().apiAccess();
        if (apiAccess.publicCidrs().contains(ApiAccessSpec.INTERNET) && !apiAccess.allowInternet()) {
            throw new IllegalArgumentException("cluster '" + physicalName + "': apiAccess.publicCidrs lists "
                    + ApiAccessSpec.INTERNET + " but apiAccess.allowInternet is not true");
        }
        var tags = environment.awsTags(args.slot(), "eks-cluster");
        var kmsKeyArn = args.foundation().kmsKeyArn();

        // EKS writes to this exact name. Creating it first gives it a retention and our KMS key;
        // left to EKS, the group would be created unencrypted and keep logs forever.
        var logGroupArgs = LogGroupArgs.builder()
                .name(logGroupName(environment, args.slot()))
                .retentionInDays(args.logRetentionDays())
                .tags(tags);
        // An ephemeral child's log group is not named in its parent's key policy (the parent's
        // protected key does not change for every child), so it keeps CloudWatch Logs' own encryption.
        if (!environment.spec().isEphemeral()) {
            logGroupArgs.kmsKeyId(kmsKeyArn);
        }
        var logGroup = new LogGroup(name + "-control-plane", logGroupArgs.build(), CustomResourceOptions.builder().parent(this).build());

        var vpcConfig = ClusterVpcConfigArgs.builder()
                .subnetIds(args.foundation().privateSubnetIds())
                .endpointPrivateAccess(true)
                .endpointPublicAccess(apiAccess.publicEndpoint());
        if (apiAccess.publicEndpoint()) {
            vpcConfig.publicAccessCidrs(apiAccess.publicCidrs());
        }
        var clusterArgs = ClusterArgs.builder();
        if (environment.eksAutoMode()) {
            // The three capabilities are switched on together or not at all (EKS refuses a mix).
            clusterArgs.computeConfig(args.nodeRole().roleArn().applyValue(role -> ClusterComputeConfigArgs.builder()
                            .enabled(true).nodePools(AUTO_MODE_SYSTEM_POOL).nodeRoleArn(role).build()))
                    .storageConfig(ClusterStorageConfigArgs.builder()
                            .blockStorage(ClusterStorageConfigBlockStorageArgs.builder().enabled(true).build()).build())
                    .kubernetesNetworkConfig(ClusterKubernetesNetworkConfigArgs.builder()
                            .elasticLoadBalancing(ClusterKubernetesNetworkConfigElasticLoadBalancingArgs.builder().enabled(true).build())
                            .build())
                    .bootstrapSelfManagedAddons(false);
        }
        var cluster = new Cluster(name, clusterArgs
                .name(physicalName)
                .version(args.slotSpec().minorVersion())
                .roleArn(args.clusterRole().roleArn())
                .vpcConfig(vpcConfig.build())
                .enabledClusterLogTypes(LOG_TYPES)
                .encryptionConfig(ClusterEncryptionConfigArgs.builder()
                        .resources("secrets")
                        .provider(ClusterEncryptionConfigProviderArgs.builder().keyArn(kmsKeyArn).build())
                        .build())
                // API mode: access entries are the only way in. The creator's bootstrap admin grant
                // is off because it is invisible (in no access entry), tied to whoever happened to run
                // the first `pulumi up`, and cannot be revoked by changing the config.
                .accessConfig(ClusterAccessConfigArgs.builder()
                        .authenticationMode("API")
                        .bootstrapClusterCreatorAdminPermissions(false)
                        .build())
                .tags(tags)
                .build(), CustomResourceOptions.builder().parent(this)
                        // The whole network, public subnets and internet gateway included: the cluster's
                        // load balancers live there, so none of it may be deleted before the cluster.
                        .dependsOn(dependencies(args, logGroup)).build());

        this.clusterName = cluster.name();
        this.arn = cluster.arn();
        this.endpoint = cluster.endpoint();
        this.certificateAuthorityData = cluster.certificateAuthority().applyValue(ca -> ca.data().orElseThrow(
                () -> new IllegalStateException("EKS cluster " + physicalName + " reported no certificate authority")));
        this.oidcIssuerUrl = cluster.identities().applyValue(identities -> identities.stream()
                .map(ClusterIdentity::oidcs).flatMap(List::stream)
                .map(oidc -> oidc.issuer().orElse(null)).filter(issuer -> issuer != null)
                .findFirst().orElseThrow(() -> new IllegalStateException("EKS cluster " + physicalName + " reported no OIDC issuer")));
        registerOutputs(Map.of("clusterName", clusterName, "arn", arn, "endpoint", endpoint, "oidcIssuerUrl", oidcIssuerUrl));
    }

    /** The log group, the roles (with their policies) and the whole network the cluster needs first. */
    private static List<Resource> dependencies(EksClusterArgs args, LogGroup logGroup) {
        var dependencies = new ArrayList<Resource>(List.of(logGroup, args.clusterRole(), args.foundation().network()));
        if (args.nodeRole() != null) {
            dependencies.add(args.nodeRole());
        }
        return dependencies;
    }

    /**
     * The log group EKS writes a slot's control-plane logs to. The environment key's policy must let
     * CloudWatch Logs use the key for it (for both slot names, since slots come and go under one key).
     */
    public static String logGroupName(EnvironmentContext environment, String slot) {
        return "/aws/eks/" + environment.clusterName(slot) + "/cluster";
    }

    /** The cluster's name, known once the cluster exists: depend on it to wait for the cluster. */
    public Output<String> clusterName() {
        return clusterName;
    }

    public Output<String> arn() {
        return arn;
    }

    /** The API server URL. */
    public Output<String> endpoint() {
        return endpoint;
    }

    /** The base64 PEM of the API server's CA. */
    public Output<String> certificateAuthorityData() {
        return certificateAuthorityData;
    }

    /** The service account token issuer, {@code https://oidc.eks.<region>.amazonaws.com/id/<id>}. */
    public Output<String> oidcIssuerUrl() {
        return oidcIssuerUrl;
    }
}
