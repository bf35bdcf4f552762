package io.slipway.kubernetes;

import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/**
 * An object of a kind the pinned Kubernetes SDK has no class for (a PrometheusRule, a
 * ClusterIssuer): pulumi-kubernetes accepts any kind under the type token
 * {@code kubernetes:<apiVersion>:<kind>}, and the Java SDK 4.0.0 has no generic CustomResource.
 */
public final class KubernetesObject extends CustomResource {
    public KubernetesObject(String name, KubernetesObjectArgs args, CustomResourceOptions options) {
        super("kubernetes:" + args.apiVersion() + ":" + args.kind(), name, args, options);
    }
}
