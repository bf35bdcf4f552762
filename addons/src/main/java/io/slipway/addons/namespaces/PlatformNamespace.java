package io.slipway.addons.namespaces;

import com.pulumi.kubernetes.core.v1.Namespace;
import com.pulumi.kubernetes.core.v1.NamespaceArgs;
import com.pulumi.kubernetes.meta.v1.inputs.LabelSelectorArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.kubernetes.networking.v1.NetworkPolicy;
import com.pulumi.kubernetes.networking.v1.NetworkPolicyArgs;
import com.pulumi.kubernetes.networking.v1.inputs.IPBlockArgs;
import com.pulumi.kubernetes.networking.v1.inputs.NetworkPolicyEgressRuleArgs;
import com.pulumi.kubernetes.networking.v1.inputs.NetworkPolicyIngressRuleArgs;
import com.pulumi.kubernetes.networking.v1.inputs.NetworkPolicyPeerArgs;
import com.pulumi.kubernetes.networking.v1.inputs.NetworkPolicyPortArgs;
import com.pulumi.kubernetes.networking.v1.inputs.NetworkPolicySpecArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.slipway.addons.lock.KubernetesMinor;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The namespace of a platform add-on, created before its release: labelled with the Pod Security
 * Standards level its pods run under (enforced, audited and warned about, pinned to the cluster's
 * minor so an upgrade never tightens it unnoticed), closed by a default-deny NetworkPolicy for
 * both directions, and opened by one NetworkPolicy per allowance. Prometheus and Alertmanager have
 * no authentication; the network is what keeps other pods away from them.
 */
public final class PlatformNamespace extends ComponentResource {
    public static final String TYPE = "slipway:addons:PlatformNamespace";
    public static final String DEFAULT_DENY = "default-deny";
    /** The label the API server sets on every namespace, usable in namespace selectors. */
    public static final String NAME_LABEL = "kubernetes.io/metadata.name";

    private final String name;

    public PlatformNamespace(String resourceName, PlatformNamespaceArgs args, ComponentResourceOptions options) {
        super(TYPE, resourceName, options);
        var cluster = args.cluster();
        this.name = args.name();
        var k8s = CustomResourceOptions.builder().parent(this).provider(cluster.kubernetes());
        var namespace = new Namespace(resourceName, NamespaceArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(name).labels(labels(args, cluster.slotSpec().kubernetesVersion())).build())
                .build(), k8s.dependsOn(cluster.readiness()).build());
        var inNamespace = CustomResourceOptions.builder().parent(this).provider(cluster.kubernetes()).dependsOn(namespace).build();
        new NetworkPolicy(resourceName + "-" + DEFAULT_DENY, NetworkPolicyArgs.builder()
                .metadata(metadata(DEFAULT_DENY))
                .spec(NetworkPolicySpecArgs.builder()
                        .podSelector(LabelSelectorArgs.builder().build())
                        .policyTypes("Ingress", "Egress")
                        .build())
                .build(), inNamespace);
        for (TrafficRule rule : args.allowances()) {
            new NetworkPolicy(resourceName + "-allow-" + rule.name(), NetworkPolicyArgs.builder()
                    .metadata(metadata("allow-" + rule.name()))
                    .spec(spec(rule))
                    .build(), inNamespace);
        }
        registerOutputs(Map.of());
    }

    static Map<String, String> labels(PlatformNamespaceArgs args, String kubernetesVersion) {
        String version = "v" + KubernetesMinor.parse(kubernetesVersion);
        var labels = new TreeMap<String, String>();
        labels.put("app.kubernetes.io/part-of", "slipway");
        for (String mode : List.of("enforce", "audit", "warn")) {
            labels.put("pod-security.kubernetes.io/" + mode, args.podSecurity().label());
            labels.put("pod-security.kubernetes.io/" + mode + "-version", version);
        }
        return labels;
    }

    private ObjectMetaArgs metadata(String policyName) {
        return ObjectMetaArgs.builder().name(policyName).namespace(name)
                .labels(Map.of("app.kubernetes.io/part-of", "slipway")).build();
    }

    static NetworkPolicySpecArgs spec(TrafficRule rule) {
        var peers = rule.peers().stream().map(PlatformNamespace::peer).toList();
        var ports = rule.ports().stream().map(p -> NetworkPolicyPortArgs.builder().protocol(p.protocol()).port(p.number()).build())
                .toList();
        var spec = NetworkPolicySpecArgs.builder().podSelector(LabelSelectorArgs.builder().build());
        if (rule.direction() == TrafficRule.Direction.INGRESS) {
            spec.policyTypes("Ingress").ingress(NetworkPolicyIngressRuleArgs.builder().from(peers).ports(ports).build());
        } else {
            spec.policyTypes("Egress").egress(NetworkPolicyEgressRuleArgs.builder().to(peers).ports(ports).build());
        }
        return spec.build();
    }

    private static NetworkPolicyPeerArgs peer(TrafficRule.Peer peer) {
        if (peer.cidr() != null) {
            return NetworkPolicyPeerArgs.builder().ipBlock(IPBlockArgs.builder().cidr(peer.cidr()).build()).build();
        }
        var namespaces = peer.namespace() == null ? LabelSelectorArgs.builder().build()
                : LabelSelectorArgs.builder().matchLabels(Map.of(NAME_LABEL, peer.namespace())).build();
        var builder = NetworkPolicyPeerArgs.builder().namespaceSelector(namespaces);
        if (!peer.podLabels().isEmpty()) {
            builder.podSelector(LabelSelectorArgs.builder().matchLabels(peer.podLabels()).build());
        }
        return builder.build();
    }

    /** The namespace's name. */
    public String name() {
        return name;
    }
}
