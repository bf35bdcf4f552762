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
import java.util.List;
import java.util.Map;

/**
 * A slot's EKS control plane with secure defaults: API reachable privately from the VPC, publicly
 * only from the listed networks; every control-plane log type on, into a log group with retention;
 * Kubernetes secrets envelope-encrypted with the environment's KMS key; access managed only through
 * EKS access entries. On EKS Auto Mode ({@code aws.autoMode}) EKS also runs compute (on Slipway's
 * NodeClass and NodePools, none of its built-in pools), block storage and load balancing, and
 * installs none of the self-managed add-ons (vpc-cni, kube-proxy, CoreDNS) it would otherwise bootstrap.
 */
public final class EksCluster extends ComponentResource {
    public static final String TYPE = "slipway:aws:EksCluster";
    public static final List<String> LOG_TYPES = List.of("api", "audit", "authenticator", "controllerManager", "scheduler");

    private final Output<String> clusterName;
    private final Output<String> arn;
    private final Output<String> endpoint;
    private final Output<String> certificateAuthorityData;
    private final Output<String> oidcIssuerUrl;
    private final Output<String> clusterSecurityGroupId;

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
            // No built-in node pool: their NodeClass tags nothing and uses the account's EBS key, so
            // every pool is an AutoModeNodePools NodePool on Slipway's NodeClass. EKS refuses a node
            // role without built-in pools; the NodeClass's own access entry lets its nodes join.
            clusterArgs.computeConfig(ClusterComputeConfigArgs.builder().enabled(true).nodePools(List.of()).build())
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
        this.clusterSecurityGroupId = cluster.vpcConfig().applyValue(vpc -> vpc.clusterSecurityGroupId().orElseThrow(
                () -> new IllegalStateException("EKS cluster " + physicalName + " reported no cluster security group")));
        registerOutputs(Map.of("clusterName", clusterName, "arn", arn, "endpoint", endpoint, "oidcIssuerUrl", oidcIssuerUrl));
    }

    /** The log group, the role (with its policies) and the whole network the cluster needs first. */
    private static List<Resource> dependencies(EksClusterArgs args, LogGroup logGroup) {
        return List.of(logGroup, args.clusterRole(), args.foundation().network());
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

    /** The security group EKS creates for the control plane and its nodes to talk to each other. */
    public Output<String> clusterSecurityGroupId() {
        return clusterSecurityGroupId;
    }

    /** The service account token issuer, {@code https://oidc.eks.<region>.amazonaws.com/id/<id>}. */
    public Output<String> oidcIssuerUrl() {
        return oidcIssuerUrl;
    }
}
