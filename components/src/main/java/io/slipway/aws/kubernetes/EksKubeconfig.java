package io.slipway.aws.kubernetes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.core.Output;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A kubeconfig for an EKS cluster that holds no credential: its user runs {@code aws eks get-token},
 * so every connection gets a short-lived token from whatever AWS identity runs Pulumi, and the
 * file is useless to anyone without that identity.
 */
public final class EksKubeconfig {
    public static final String EXEC_API_VERSION = "client.authentication.k8s.io/v1beta1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EksKubeconfig() {}

    /** The kubeconfig as a secret output, once the endpoint and CA are known. */
    public static Output<String> of(Output<String> clusterName, Output<String> endpoint, Output<String> certificateAuthorityData,
                                    String region) {
        return Output.tuple(clusterName, endpoint, certificateAuthorityData)
                .applyValue(t -> render(t.t1, t.t2, t.t3, region))
                .asSecret();
    }

    /** The kubeconfig JSON (a valid kubeconfig: YAML is a superset of JSON), keys in a fixed order. */
    public static String render(String clusterName, String endpoint, String certificateAuthorityData, String region) {
        var exec = ordered("apiVersion", EXEC_API_VERSION, "command", "aws",
                "args", List.of("eks", "get-token", "--cluster-name", clusterName, "--region", region),
                "interactiveMode", "Never");
        var config = ordered(
                "apiVersion", "v1",
                "kind", "Config",
                "clusters", List.of(ordered("name", clusterName,
                        "cluster", ordered("server", endpoint, "certificate-authority-data", certificateAuthorityData))),
                "users", List.of(ordered("name", clusterName, "user", ordered("exec", exec))),
                "contexts", List.of(ordered("name", clusterName, "context", ordered("cluster", clusterName, "user", clusterName))),
                "current-context", clusterName);
        try {
            return JSON.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a kubeconfig of strings and lists always serializes", e);
        }
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
