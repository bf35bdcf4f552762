package io.slipway.addons.certificates;

import com.pulumi.core.Output;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.slipway.addons.AddonArgs;
import io.slipway.addons.PinnedRelease;
import io.slipway.addons.gcp.EnvironmentZoneAccess;
import io.slipway.addons.gcp.GcpWorkloadIdentity;
import io.slipway.addons.gcp.GcpWorkloadIdentityArgs;
import io.slipway.addons.lock.Addon;
import io.slipway.addons.namespaces.PlatformNamespace;
import io.slipway.addons.namespaces.PlatformNamespaceArgs;
import io.slipway.addons.namespaces.PlatformTraffic;
import io.slipway.addons.namespaces.PodSecurityLevel;
import io.slipway.addons.namespaces.TrafficRule;
import io.slipway.aws.iam.IrsaRole;
import io.slipway.aws.iam.IrsaRoleArgs;
import io.slipway.aws.iam.PolicyDocument;
import io.slipway.aws.iam.PolicyStatement;
import io.slipway.cluster.ClusterHandle;
import io.slipway.kubernetes.KubernetesObject;
import io.slipway.kubernetes.KubernetesObjectArgs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * cert-manager with its CRDs from the chart, and two ClusterIssuers, Let's Encrypt staging and
 * production, answering DNS-01 challenges in the environment's zone (Route 53 or Cloud DNS)
 * with an identity that can write only there. DNS-01 works for wildcard names and for slots
 * whose load balancer is internal.
 */
public final class CertManager extends ComponentResource {
    public static final String TYPE = "slipway:addons:CertManager";
    public static final String NAMESPACE = "cert-manager";
    public static final String SERVICE_ACCOUNT = "cert-manager";
    /** The webhook's port (the chart's {@code webhook.securePort}), which GKE's control plane may reach on nodes. */
    static final int WEBHOOK_PORT = 10250;
    static final List<String> PUBLIC_RESOLVERS = List.of("1.1.1.1", "8.8.8.8");
    static final Map<String, String> ACME_SERVERS = Map.of(
            "letsencrypt-staging", "https://acme-staging-v02.api.letsencrypt.org/directory",
            "letsencrypt-production", "https://acme-v02.api.letsencrypt.org/directory");

    public CertManager(String name, AddonArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var cluster = args.cluster();
        String email = cluster.environment().spec().addons().certManager().acmeEmail();
        Map<String, Object> solver;
        Map<String, Output<String>> annotations;
        if (cluster.aws().isPresent()) {
            var role = new IrsaRole(name, new IrsaRoleArgs(cluster.environment(), cluster.slot(), "cert-manager", cluster.aws().get(),
                    NAMESPACE, SERVICE_ACCOUNT, Optional.of(awsPolicy(cluster)), List.of()),
                    ComponentResourceOptions.builder().parent(this).build());
            annotations = Map.of("eks.amazonaws.com/role-arn", role.roleArn());
            solver = Map.of("route53", Map.of("region", cluster.aws().get().region(), "hostedZoneID", cluster.foundation().dnsZoneId()));
        } else {
            var identity = new GcpWorkloadIdentity(name, new GcpWorkloadIdentityArgs(cluster, "certs", NAMESPACE, SERVICE_ACCOUNT, List.of()),
                    ComponentResourceOptions.builder().parent(this).build());
            EnvironmentZoneAccess.grant(name, "certs", cluster, identity, this);
            annotations = Map.of(GcpWorkloadIdentity.KSA_ANNOTATION, identity.email());
            solver = Map.of("cloudDNS", Map.of("project", cluster.gcp().get().project(), "hostedZoneName", cluster.foundation().dnsZoneId()));
        }
        var namespace = new PlatformNamespace(name + "-namespace", namespace(cluster), ComponentResourceOptions.builder().parent(this).build());
        Release release = PinnedRelease.install(name, args.lock().pin(Addon.CERT_MANAGER), namespace, values(annotations),
                PinnedRelease.DEFAULT_TIMEOUT_SECONDS, args, this);
        for (var issuer : new java.util.TreeMap<>(ACME_SERVERS).entrySet()) {
            new KubernetesObject(name + "-" + issuer.getKey(), new KubernetesObjectArgs("cert-manager.io/v1", "ClusterIssuer",
                    ObjectMetaArgs.builder().name(issuer.getKey()).build(),
                    issuerSpec(cluster, issuer.getKey(), issuer.getValue(), email, solver)),
                    // The ClusterIssuer kind exists once the release has installed its CRDs.
                    CustomResourceOptions.builder().parent(this).provider(cluster.kubernetes()).dependsOn(release).build());
        }
        registerOutputs(Map.of());
    }

    /**
     * Restricted Pod Security (the chart's defaults). The API server calls the webhook; cert-manager
     * reads the API, the ACME server and the cloud's DNS API over HTTPS, and checks challenge records
     * at the public resolvers it is configured with.
     */
    static PlatformNamespaceArgs namespace(ClusterHandle cluster) {
        var allowances = new ArrayList<TrafficRule>();
        allowances.add(PlatformTraffic.webhookFromApiServer(cluster, WEBHOOK_PORT));
        allowances.add(PlatformTraffic.dns());
        allowances.add(PlatformTraffic.apiServer(cluster));
        allowances.addAll(PlatformTraffic.cloudApis(cluster));
        allowances.add(new TrafficRule("public-resolvers", TrafficRule.Direction.EGRESS,
                PUBLIC_RESOLVERS.stream().map(ip -> TrafficRule.Peer.cidr(ip + "/32")).toList(),
                List.of(TrafficRule.Port.udp(53), TrafficRule.Port.tcp(53))));
        return new PlatformNamespaceArgs(cluster, NAMESPACE, PodSecurityLevel.RESTRICTED, allowances);
    }

    static Map<String, Object> issuerSpec(ClusterHandle cluster, String name, String server, String email, Map<String, Object> solver) {
        return Map.of("acme", Map.of(
                "server", server,
                "email", email,
                "privateKeySecretRef", Map.of("name", name + "-account-key"),
                "solvers", List.of(Map.of(
                        "selector", Map.of("dnsZones", List.of(cluster.environment().spec().domain())),
                        "dns01", solver))));
    }

    /** The DNS-01 policy of cert-manager's Route 53 documentation: TXT challenge records in the environment's zone. */
    static Output<String> awsPolicy(ClusterHandle cluster) {
        var identity = cluster.aws().orElseThrow();
        return PolicyDocument.of(
                PolicyStatement.allow("ReadChallengeStatus", "route53:GetChange")
                        .resources(identity.partition().applyValue(p -> "arn:" + p + ":route53:::change/*")),
                PolicyStatement.allow("WriteChallengeRecords", "route53:ChangeResourceRecordSets")
                        .resources(identity.hostedZoneArn())
                        .condition("ForAllValues:StringEquals", "route53:ChangeResourceRecordSetsRecordTypes", "TXT")
                        .condition("ForAllValues:StringLike", "route53:ChangeResourceRecordSetsNormalizedRecordNames", "_acme-challenge.*"),
                PolicyStatement.allow("ReadZoneRecords", "route53:ListResourceRecordSets").resources(identity.hostedZoneArn()),
                PolicyStatement.allow("FindZone", "route53:ListHostedZonesByName").resources("*"));
    }

    static Map<String, Object> values(Map<String, Output<String>> serviceAccountAnnotations) {
        var values = new LinkedHashMap<String, Object>();
        // CRDs come with the chart and stay when the release is removed, so certificates survive a reinstall.
        values.put("crds", Map.of("enabled", true, "keep", true));
        values.put("serviceAccount", Map.of("name", SERVICE_ACCOUNT, "annotations", serviceAccountAnnotations));
        // Check challenge records against public resolvers, not the cluster's DNS, which may see a private view.
        values.put("dns01RecursiveNameservers", String.join(",", PUBLIC_RESOLVERS.stream().map(ip -> ip + ":53").toList()));
        values.put("dns01RecursiveNameserversOnly", true);
        return values;
    }
}
