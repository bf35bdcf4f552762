package io.slipway.aws.kubernetes;

import com.pulumi.kubernetes.Provider;
import com.pulumi.kubernetes.core.v1.ConfigMap;
import com.pulumi.kubernetes.core.v1.ConfigMapArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;

/**
 * Turns on NetworkPolicy enforcement on an EKS Auto Mode cluster. Auto Mode stores NetworkPolicies but
 * enforces none until its network policy controller is enabled by this ConfigMap (Amazon EKS User Guide,
 * "Use Network Policies with EKS Auto Mode"); Slipway's NodeClasses keep the field's default
 * ({@code networkPolicy: DefaultAllow}), so only what a policy selects is restricted. Add-ons and team namespaces rely on their default-deny policies,
 * so this is a cluster service they wait for, as vpc-cni's network policy agent is without Auto Mode.
 */
public final class AutoModeNetworkPolicies extends ComponentResource {
    public static final String TYPE = "slipway:aws:AutoModeNetworkPolicies";
    public static final String CONFIG_MAP = "amazon-vpc-cni";

    /**
     * @param name       logical name
     * @param kubernetes the slot's Kubernetes provider
     * @param cluster    the Auto Mode cluster (and what the API needs first, such as the admin access entries)
     */
    public AutoModeNetworkPolicies(String name, Provider kubernetes, List<Resource> cluster, ComponentResourceOptions options) {
        super(TYPE, name, options);
        new ConfigMap(name, ConfigMapArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(CONFIG_MAP).namespace("kube-system").build())
                .data(Map.of("enable-network-policy-controller", "true"))
                .build(), CustomResourceOptions.builder().parent(this).provider(kubernetes).dependsOn(cluster).build());
        registerOutputs(Map.of());
    }
}
