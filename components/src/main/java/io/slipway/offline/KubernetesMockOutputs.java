package io.slipway.offline;

import java.util.Map;

/** What a Kubernetes API server would answer for the objects and Helm releases Slipway creates. */
final class KubernetesMockOutputs {
    private KubernetesMockOutputs() {}

    static String id(String type, String name, Map<String, Object> inputs, String readId) {
        if (readId != null && !readId.isEmpty()) {
            return readId;
        }
        Object metadata = inputs.get("metadata");
        if (metadata instanceof Map<?, ?> m && m.get("name") instanceof String n) {
            return m.get("namespace") instanceof String ns ? ns + "/" + n : n;
        }
        return name;
    }

    static Map<String, Object> outputs(MockWorld w, String type, String name, Map<String, Object> inputs) {
        return switch (type) {
            case "kubernetes:helm.sh/v3:Release" -> Map.of("status", Map.of(
                    "name", AwsMockOutputs.str(inputs, "name", name),
                    "namespace", AwsMockOutputs.str(inputs, "namespace", "default"),
                    "status", "deployed", "revision", 1,
                    "version", AwsMockOutputs.str(inputs, "version", "")));
            default -> Map.of();
        };
    }
}
