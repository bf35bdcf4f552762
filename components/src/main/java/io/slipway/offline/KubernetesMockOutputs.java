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
            case "kubernetes:core/v1:Service" -> Map.of("status", Map.of("loadBalancer", Map.of("ingress",
                    java.util.List.of(loadBalancerIngress(w, name)))));
            default -> Map.of();
        };
    }

    /**
     * The address a cloud gives a LoadBalancer Service: an NLB hostname on AWS, an IPv4 address on
     * GCP, derived from the resource name so every plan gives the same answer.
     */
    static Map<String, Object> loadBalancerIngress(MockWorld w, String name) {
        String hex = MockWorld.hex(32, "load-balancer", name);
        if (w.gcpProject().isEmpty()) {
            return Map.of("hostname", "k8s-traefik-" + hex.substring(0, 10) + "-" + hex.substring(10, 20)
                    + ".elb." + w.region() + ".amazonaws.com");
        }
        return Map.of("ip", "34." + (Integer.parseInt(hex.substring(0, 2), 16) % 200 + 20) + "."
                + Integer.parseInt(hex.substring(2, 4), 16) + "." + (Integer.parseInt(hex.substring(4, 6), 16) % 250 + 2));
    }
}
