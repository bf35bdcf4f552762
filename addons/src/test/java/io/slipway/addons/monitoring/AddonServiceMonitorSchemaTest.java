package io.slipway.addons.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.pulumi.core.Output;
import io.slipway.addons.AddonSet;
import io.slipway.addons.AddonSetArgs;
import io.slipway.addons.Fixtures;
import io.slipway.offline.RegisteredResource;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every ServiceMonitor Slipway makes is one the pinned monitoring release's CRD accepts (test
 * resource {@code crds/kube-prometheus-stack-88.5.3}, see its SOURCE.md): valid against its
 * {@code openAPIV3Schema}, and without fields the schema does not define, which the API server
 * would prune without a word (a misspelt {@code targetPort} would leave a monitor that scrapes nothing).
 */
class AddonServiceMonitorSchemaTest {
    static final String CRD = "/crds/kube-prometheus-stack-88.5.3/crd-servicemonitors.yaml";
    static final JsonNode SCHEMA = openApiSchema();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyServiceMonitorOfTheAddonSetIsValidAgainstTheCrd() {
        for (var env : List.of(Fixtures.aws("prod", ""), Fixtures.gcp("dev", ""))) {
            // GIVEN every add-on on WHEN the add-on set is built
            var result = Fixtures.run(env, cluster -> new AddonSet("dev-blue-addons",
                    new AddonSetArgs(cluster, Output.ofSecret("s3cret")), Fixtures.noOptions()));

            // THEN each ServiceMonitor it registers (Traefik's and Velero's) passes the CRD's schema
            var monitors = result.ofType("kubernetes:monitoring.coreos.com/v1:ServiceMonitor");
            assertThat(monitors).hasSize(2);
            for (var monitor : monitors) {
                assertThat(problems(object(monitor))).as(monitor.name()).isEmpty();
            }
        }
    }

    @Test
    void theCheckCatchesAMisspeltFieldAndABadDuration() {
        // GIVEN Velero's ServiceMonitor with a misspelt field and an interval Prometheus cannot parse
        var endpoint = Map.<String, Object>of("prot", "http-monitoring", "interval", "30 seconds");
        var monitor = new AddonServiceMonitor("velero", "velero", Map.of("app.kubernetes.io/name", "velero"), endpoint);
        var object = Map.<String, Object>of("apiVersion", AddonServiceMonitor.API_VERSION, "kind", AddonServiceMonitor.KIND,
                "metadata", Map.of("name", "velero"), "spec", monitor.spec());

        // WHEN it is checked THEN both are reported
        assertThat(problems(object)).anySatisfy(p -> assertThat(p).contains("spec.endpoints[0].prot"))
                .anySatisfy(p -> assertThat(p).contains("interval"));
    }

    /** The object the provider sends: the registered inputs (apiVersion, kind, metadata, spec). */
    static Map<String, Object> object(RegisteredResource resource) {
        var object = new LinkedHashMap<String, Object>();
        for (String field : List.of("apiVersion", "kind", "metadata", "spec")) {
            object.put(field, resource.require(field));
        }
        return object;
    }

    static List<String> problems(Map<String, Object> object) {
        JsonNode node = JSON.valueToTree(object);
        var problems = new ArrayList<String>();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(SCHEMA);
        schema.validate(node).stream().map(ValidationMessage::getMessage).forEach(problems::add);
        unknownFields(node, SCHEMA, "", problems);
        return problems;
    }

    /** Fields of {@code node} that a structural schema does not define, where it keeps no unknown fields. */
    static void unknownFields(JsonNode node, JsonNode schema, String path, List<String> problems) {
        if (node.isObject() && schema.has("properties") && !schema.has("additionalProperties")
                && !schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
            node.fields().forEachRemaining(field -> {
                String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                JsonNode property = schema.get("properties").get(field.getKey());
                if (property == null) {
                    problems.add(at + " is not a field of the ServiceMonitor CRD");
                } else {
                    unknownFields(field.getValue(), property, at, problems);
                }
            });
        } else if (node.isArray() && schema.has("items")) {
            for (int i = 0; i < node.size(); i++) {
                unknownFields(node.get(i), schema.get("items"), path + "[" + i + "]", problems);
            }
        }
    }

    private static JsonNode openApiSchema() {
        try (InputStream in = AddonServiceMonitorSchemaTest.class.getResourceAsStream(CRD)) {
            JsonNode crd = new YAMLMapper().readTree(in);
            return crd.at("/spec/versions/0/schema/openAPIV3Schema");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read test resource " + CRD, e);
        }
    }
}
