package io.slipway.aws.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.slipway.offline.OfflineResult;
import io.slipway.offline.RegisteredResource;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The NodePools of an Auto Mode slot: their spec follows the pools of the environment, and each is a
 * valid {@code karpenter.sh/v1} NodePool by the upstream CRD schema (crds/karpenter-v1.14.1/SOURCE).
 */
@SuppressWarnings("unchecked")
class AutoModeNodePoolsTest {
    private static final String CRD = "/crds/karpenter-v1.14.1/karpenter.sh_nodepools.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = strictSchema();

    private final OfflineResult result = new AutoModeClusterTest().plan(AutoModeClusterTest.autoMode());

    @Test
    void aSpotPoolKeepsItsTypesLabelsAndTaintsAndIsCappedAtItsMaxNodes() {
        // GIVEN an Auto Mode slot with a spot pool of three xlarge types, max 4, a label and a taint
        // WHEN it is registered (in the fixture)
        var workers = result.named("kubernetes:karpenter.sh/v1:NodePool", "dev-blue-node-pools-workers");

        // THEN the NodePool asks for exactly those types on spot capacity, on Auto Mode's default NodeClass
        assertThat(workers.require("apiVersion")).isEqualTo("karpenter.sh/v1");
        assertThat(workers.require("spec.template.spec.nodeClassRef"))
                .isEqualTo(Map.of("group", "eks.amazonaws.com", "kind", "NodeClass", "name", "default"));
        assertThat((List<Object>) workers.require("spec.template.spec.requirements")).containsExactly(
                Map.of("key", "node.kubernetes.io/instance-type", "operator", "In", "values", List.of("m6i.xlarge", "m6a.xlarge", "m5.xlarge")),
                Map.of("key", "karpenter.sh/capacity-type", "operator", "In", "values", List.of("spot")));
        // AND nodes carry the pool's labels and taints
        assertThat(workers.require("spec.template.metadata.labels")).isEqualTo(Map.of("workload", "general"));
        assertThat(workers.require("spec.template.spec.taints"))
                .isEqualTo(List.of(Map.of("key", "batch", "value", "true", "effect", "PreferNoSchedule")));
        // AND at most 4 nodes of the largest type (4 vCPU, 16 GiB) fit in its limits
        assertThat(workers.require("spec.limits")).isEqualTo(Map.of("cpu", "16", "memory", "64Gi"));
        // AND an on-demand worker pool asks for on-demand capacity
        var steady = result.named("kubernetes:karpenter.sh/v1:NodePool", "dev-blue-node-pools-steady");
        assertThat(steady.require("spec.template.spec.requirements").toString()).contains("values=[on-demand]");
        assertThat(steady.input("spec.template.metadata")).isEmpty();
    }

    @Test
    void everyNodePoolIsValidByTheUpstreamCrdSchemaWhichRefusesAMisspeltField() {
        // GIVEN the NodePools the slot registered
        List<RegisteredResource> pools = result.ofType("kubernetes:karpenter.sh/v1:NodePool");
        assertThat(pools).hasSize(2);

        // WHEN each is validated strictly against the NodePool CRD's schema
        // THEN none has a problem
        for (RegisteredResource pool : pools) {
            assertThat(problems(object(pool))).as(pool.name()).isEmpty();
        }
        // AND the same object with a misspelt field or a wrong operator is refused, naming it
        Map<String, Object> misspelt = object(pools.get(0));
        ((Map<String, Object>) misspelt.get("spec")).put("limit", Map.of("cpu", "4"));
        assertThat(problems(misspelt)).anyMatch(p -> p.contains("limit"));
        Map<String, Object> badOperator = object(pools.get(0));
        var requirement = (Map<String, Object>) ((List<Object>) ((Map<String, Object>) ((Map<String, Object>)
                ((Map<String, Object>) badOperator.get("spec")).get("template")).get("spec")).get("requirements")).get(0);
        requirement.put("operator", "Within");
        assertThat(problems(badOperator)).anyMatch(p -> p.contains("operator"));
    }

    /** The object the provider sends: apiVersion, kind, metadata and spec, deep-copied so a test may change it. */
    private static Map<String, Object> object(RegisteredResource resource) {
        return JSON.convertValue(new LinkedHashMap<>(resource.inputs()), Map.class);
    }

    private static List<String> problems(Map<String, Object> object) {
        return SCHEMA.validate(JSON.valueToTree(object)).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** The CRD's openAPIV3Schema with every object that lists its properties closed, as strict field validation is. */
    private static JsonSchema strictSchema() {
        try (InputStream in = AutoModeNodePoolsTest.class.getResourceAsStream(CRD)) {
            JsonNode crd = new ObjectMapper(new YAMLFactory()).readTree(in);
            JsonNode schema = crd.at("/spec/versions/0/schema/openAPIV3Schema");
            close(schema);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + CRD, e);
        }
    }

    private static void close(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.elements().forEachRemaining(AutoModeNodePoolsTest::close);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(AutoModeNodePoolsTest::close);
        }
    }
}
