package io.slipway.addons.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.slipway.offline.RegisteredResource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Kubernetes API schemas copied into test resources ({@code kubernetes-schemas/<release>/}, see
 * its SOURCE file), and the Kubernetes object the provider would send for a registered resource.
 */
final class KubernetesSchemas {
    static final String ROOT = "/kubernetes-schemas/";
    /** Type token of every kind a team namespace is made of, and its schema's file name upstream. */
    static final Map<String, String> FILES = Map.of(
            TeamNamespaceTest.NAMESPACE, "namespace-v1.json",
            TeamNamespaceTest.QUOTA, "resourcequota-v1.json",
            TeamNamespaceTest.LIMITS, "limitrange-v1.json",
            TeamNamespaceTest.POLICY, "networkpolicy-networking-v1.json",
            TeamNamespaceTest.BINDING, "rolebinding-rbac-v1.json");
    /** The release copied per supported minor. */
    static final Map<String, String> RELEASES = Map.of(
            "1.32", "v1.32.10", "1.33", "v1.33.6", "1.34", "v1.34.2", "1.35", "v1.35.4");

    private static final ObjectMapper JSON = new ObjectMapper();
    // The files are draft-4 style (openapi2jsonschema) and name the unversioned "schema#" meta-schema.
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();

    private KubernetesSchemas() {}

    /** Schema problems of {@code object} on a release: empty when the API server would accept its shape. */
    static List<String> problems(String release, String type, Map<String, Object> object) {
        JsonSchema schema = LOADED.computeIfAbsent(release + "/" + FILES.get(type), KubernetesSchemas::load);
        return schema.validate(JSON.valueToTree(object)).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /**
     * The object the provider sends to the API server: the registered inputs, which use the
     * Kubernetes field names, with the apiVersion and kind of the type token
     * ({@code kubernetes:networking.k8s.io/v1:NetworkPolicy}) where the inputs leave them out.
     */
    static Map<String, Object> kubernetesObject(RegisteredResource resource) {
        String[] token = resource.type().split(":");
        String apiVersion = token[1].startsWith("core/") ? token[1].substring("core/".length()) : token[1];
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("apiVersion", apiVersion);
        object.put("kind", token[2]);
        object.putAll(resource.inputs());
        return object;
    }

    static String raw(String path) {
        try (InputStream in = KubernetesSchemas.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + ROOT + path + " (see kubernetes-schemas/SOURCE)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema load(String path) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(raw(path));
            node.remove("$schema");
            return FACTORY.getSchema((JsonNode) node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
