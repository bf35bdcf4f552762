package io.slipway.gcp.gke;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;

/**
 * A kubeconfig for one GKE cluster that holds no credential: its user runs
 * {@code gke-gcloud-auth-plugin}, which mints a short-lived token from whoever runs Pulumi
 * (gcloud login, CI workload identity federation). Nothing long-lived lands in the state file.
 */
public final class GkeKubeconfig {
    public static final String AUTH_PLUGIN = "gke-gcloud-auth-plugin";
    public static final String EXEC_API_VERSION = "client.authentication.k8s.io/v1beta1";
    // Sorted keys: the same cluster always renders the same text, so the provider never sees a diff.
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private GkeKubeconfig() {}

    /**
     * @param clusterName   the context, cluster and user name
     * @param endpoint      the API server's address, without scheme
     * @param caCertificate the cluster CA, base64 PEM as GKE returns it
     * @return the kubeconfig as JSON, which every Kubernetes client reads as YAML
     */
    public static String render(String clusterName, String endpoint, String caCertificate) {
        var exec = Map.of(
                "apiVersion", EXEC_API_VERSION,
                "command", AUTH_PLUGIN,
                "installHint", "Install gke-gcloud-auth-plugin: gcloud components install gke-gcloud-auth-plugin",
                "provideClusterInfo", true,
                "interactiveMode", "Never");
        var config = Map.of(
                "apiVersion", "v1",
                "kind", "Config",
                "clusters", List.of(Map.of("name", clusterName, "cluster", Map.of(
                        "server", "https://" + endpoint,
                        "certificate-authority-data", caCertificate))),
                "contexts", List.of(Map.of("name", clusterName, "context", Map.of("cluster", clusterName, "user", clusterName))),
                "current-context", clusterName,
                "users", List.of(Map.of("name", clusterName, "user", Map.of("exec", exec))));
        try {
            return JSON.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a kubeconfig of strings always serialises", e);
        }
    }
}
