package io.slipway.aws.kubernetes;

import com.pulumi.kubernetes.Provider;
import com.pulumi.kubernetes.ProviderArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.Map;

/**
 * The Kubernetes provider of one slot, bound to its EKS cluster through an {@link EksKubeconfig}.
 * Every add-on and team namespace of the slot is created through it, never through an ambient
 * kubeconfig, so a program cannot touch the wrong cluster.
 */
public final class EksKubernetesProvider extends ComponentResource {
    public static final String TYPE = "slipway:aws:KubernetesProvider";

    private final Provider provider;

    public EksKubernetesProvider(String name, EksKubernetesProviderArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var cluster = args.cluster();
        var kubeconfig = EksKubeconfig.of(cluster.clusterName(), cluster.endpoint(), cluster.certificateAuthorityData(), args.region());
        this.provider = new Provider(name, ProviderArgs.builder()
                .kubeconfig(kubeconfig)
                .build(), CustomResourceOptions.builder().parent(this).dependsOn(args.dependsOn()).build());
        registerOutputs(Map.of("kubeconfig", kubeconfig));
    }

    public Provider provider() {
        return provider;
    }
}
