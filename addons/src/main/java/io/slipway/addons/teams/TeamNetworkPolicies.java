package io.slipway.addons.teams;

import com.pulumi.kubernetes.meta.v1.inputs.LabelSelectorArgs;
import com.pulumi.kubernetes.networking.v1.NetworkPolicy;
import com.pulumi.kubernetes.networking.v1.NetworkPolicyArgs;
import com.pulumi.kubernetes.networking.v1.inputs.IPBlockArgs;
import com.pulumi.kubernetes.networking.v1.inputs.NetworkPolicyEgressRuleArgs;
import com.pulumi.kubernetes.networking.v1.inputs.NetworkPolicyIngressRuleArgs;
import com.pulumi.kubernetes.networking.v1.inputs.NetworkPolicyPeerArgs;
import com.pulumi.kubernetes.networking.v1.inputs.NetworkPolicySpecArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.addons.ingress.Traefik;
import io.slipway.addons.monitoring.KubePrometheusStack;
import io.slipway.cluster.ClusterHandle;
import io.slipway.model.team.IngressSourceSpec;
import io.slipway.model.team.TeamNamespaceSpec;
import io.slipway.model.team.TeamSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The NetworkPolicies of a team namespace. Ingress is denied by default and allowed from the namespace
 * itself, from the ingress controller's namespace, from monitoring (scrapes) and from the extra sources
 * the team file lists. Egress is open except to the cloud's instance metadata endpoints, which would
 * hand pods the node's credentials (EC2 IMDS over IPv4 and IPv6; on GKE also the metadata server's
 * second address used by Workload Identity's proxy).
 */
final class TeamNetworkPolicies {
    /** The namespace label every namespace carries (Kubernetes 1.21+): selects a namespace by name. */
    static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";
    static final String METADATA_V4 = "169.254.169.254/32";
    static final String GKE_METADATA_V4 = "169.254.169.252/32";
    static final String EC2_METADATA_V6 = "fd00:ec2::254/128";

    private TeamNetworkPolicies() {}

    static void create(String name, ClusterHandle cluster, TeamSpec team, TeamNamespaceSpec spec, Resource parent,
                       CustomResourceOptions options) {
        String namespace = spec.name();
        var addons = cluster.environment().spec().addons();
        policy(name + "-deny-ingress", "default-deny-ingress", namespace, team, NetworkPolicySpecArgs.builder()
                .podSelector(everyPod()).policyTypes("Ingress").build(), options);
        allowFrom(name + "-allow-same-namespace", "allow-same-namespace", namespace, team,
                List.of(NetworkPolicyPeerArgs.builder().podSelector(everyPod()).build()), options);
        if (addons.ingress().enabled()) {
            allowFrom(name + "-allow-ingress", "allow-from-ingress-controller", namespace, team,
                    List.of(namespaceNamed(Traefik.NAMESPACE)), options);
        }
        if (addons.monitoring().enabled()) {
            allowFrom(name + "-allow-monitoring", "allow-from-monitoring", namespace, team,
                    List.of(namespaceNamed(KubePrometheusStack.NAMESPACE)), options);
        }
        if (!spec.allowIngressFrom().isEmpty()) {
            allowFrom(name + "-allow-extra", "allow-from-extra-sources", namespace, team,
                    spec.allowIngressFrom().stream().map(TeamNetworkPolicies::peer).toList(), options);
        }
        boolean gke = cluster.gcp().isPresent();
        var metadataV4 = gke ? List.of(METADATA_V4, GKE_METADATA_V4) : List.of(METADATA_V4);
        var to = new ArrayList<NetworkPolicyPeerArgs>();
        // Pods anywhere in the cluster (cluster DNS included): some CNIs (Cilium, GKE Dataplane V2) never match pod IPs by ipBlock.
        to.add(NetworkPolicyPeerArgs.builder().namespaceSelector(LabelSelectorArgs.builder().build()).build());
        to.add(NetworkPolicyPeerArgs.builder().ipBlock(IPBlockArgs.builder().cidr("0.0.0.0/0").except(metadataV4).build()).build());
        if (!gke) {
            to.add(NetworkPolicyPeerArgs.builder().ipBlock(IPBlockArgs.builder().cidr("::/0").except(EC2_METADATA_V6).build()).build());
        }
        policy(name + "-deny-metadata", "deny-cloud-metadata-egress", namespace, team, NetworkPolicySpecArgs.builder()
                .podSelector(everyPod()).policyTypes("Egress")
                .egress(NetworkPolicyEgressRuleArgs.builder().to(to).build()).build(), options);
    }

    private static void allowFrom(String name, String policyName, String namespace, TeamSpec team,
                                  List<NetworkPolicyPeerArgs> from, CustomResourceOptions options) {
        policy(name, policyName, namespace, team, NetworkPolicySpecArgs.builder()
                .podSelector(everyPod()).policyTypes("Ingress")
                .ingress(NetworkPolicyIngressRuleArgs.builder().from(from).build()).build(), options);
    }

    private static void policy(String name, String policyName, String namespace, TeamSpec team, NetworkPolicySpecArgs spec,
                               CustomResourceOptions options) {
        new NetworkPolicy(name, NetworkPolicyArgs.builder()
                .metadata(TeamNamespace.metadata(policyName, namespace, team)).spec(spec).build(), options);
    }

    private static NetworkPolicyPeerArgs peer(IngressSourceSpec source) {
        return source.namespace() != null
                ? namespaceNamed(source.namespace())
                : NetworkPolicyPeerArgs.builder().ipBlock(IPBlockArgs.builder().cidr(source.cidr()).build()).build();
    }

    private static NetworkPolicyPeerArgs namespaceNamed(String namespace) {
        return NetworkPolicyPeerArgs.builder()
                .namespaceSelector(LabelSelectorArgs.builder().matchLabels(Map.of(NAMESPACE_NAME_LABEL, namespace)).build())
                .build();
    }

    /** The empty selector: every pod of the namespace. */
    private static LabelSelectorArgs everyPod() {
        return LabelSelectorArgs.builder().build();
    }
}
