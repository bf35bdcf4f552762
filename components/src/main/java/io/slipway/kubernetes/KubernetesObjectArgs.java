package io.slipway.kubernetes;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.ResourceArgs;
import java.util.Map;

/**
 * The inputs of a {@link KubernetesObject}: its kind, metadata and spec as plain nested maps
 * (outputs only where a value is an output).
 */
public final class KubernetesObjectArgs extends ResourceArgs {
    @Import(name = "apiVersion", required = true)
    private final Output<String> apiVersion;
    @Import(name = "kind", required = true)
    private final Output<String> kind;
    @Import(name = "metadata", required = true)
    private final Output<ObjectMetaArgs> metadata;
    @Import(name = "spec", required = true)
    private final Output<Map<String, Object>> spec;

    private final String apiVersionText;
    private final String kindText;

    /**
     * @param apiVersion group and version ({@code monitoring.coreos.com/v1}). Required.
     * @param kind       the kind ({@code PrometheusRule}). Required.
     * @param metadata   name, namespace, labels. Required.
     * @param spec       the object's spec. Required.
     */
    public KubernetesObjectArgs(String apiVersion, String kind, ObjectMetaArgs metadata, Map<String, Object> spec) {
        this(apiVersion, kind, metadata, Output.of(spec));
    }

    /** As above, for a spec that is known only once other resources exist (ids, ARNs). */
    public KubernetesObjectArgs(String apiVersion, String kind, ObjectMetaArgs metadata, Output<Map<String, Object>> spec) {
        if (apiVersion == null || !apiVersion.contains("/") || kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("a custom object needs a group/version apiVersion and a kind, got '"
                    + apiVersion + "' '" + kind + "'");
        }
        this.apiVersionText = apiVersion;
        this.kindText = kind;
        this.apiVersion = Output.of(apiVersion);
        this.kind = Output.of(kind);
        this.metadata = Output.of(metadata);
        this.spec = spec;
    }

    String apiVersion() {
        return apiVersionText;
    }

    String kind() {
        return kindText;
    }
}
