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

        // THEN the NodePool asks for exactly those types on spot capacity, on the pool's own NodeClass
        assertThat(workers.require("apiVersion")).isEqualTo("karpenter.sh/v1");
        assertThat(workers.require("spec.template.spec.nodeClassRef"))
                .isEqualTo(Map.of("group", "eks.amazonaws.com", "kind", "NodeClass", "name", "slipway-workers"));
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
        // AND the system pool takes only pods tolerating CriticalAddonsOnly, the taint listed once
        var system = result.named("kubernetes:karpenter.sh/v1:NodePool", "dev-blue-node-pools-system");
        assertThat(system.require("spec.template.spec.taints"))
                .isEqualTo(List.of(Map.of("key", "CriticalAddonsOnly", "value", "true", "effect", "NoSchedule")));
        assertThat(steady.input("spec.template.spec.taints")).isEmpty();
    }

    @Test
    void eachPoolsNodeClassPlacesEncryptsAndTagsItsNodesAndNodesMayJoin() {
        // GIVEN the Auto Mode slot's pools (each 50 GiB, the default)
        // WHEN they are registered
        var nodeClass = result.named("kubernetes:eks.amazonaws.com/v1:NodeClass", "dev-blue-node-pools-workers-class");

        // THEN the workers' NodeClass runs nodes as the slot's node role, in the private subnets with the cluster
        // security group, both by id, on a root volume of the pool's size under the environment key
        assertThat(nodeClass.require("metadata.name")).isEqualTo("slipway-workers");
        assertThat(nodeClass.require("spec.role")).isEqualTo("dev-blue-eks-node");
        assertThat(nodeClass.require("spec.subnetSelectorTerms"))
                .isEqualTo(AwsClusterFixture.PRIVATE_SUBNETS.stream().map(id -> Map.of("id", id)).toList());
        var securityGroups = (List<Map<String, Object>>) nodeClass.require("spec.securityGroupSelectorTerms");
        assertThat(securityGroups).singleElement().satisfies(term -> assertThat(term.get("id").toString()).startsWith("sg-"));
        assertThat(result.ofType("kubernetes:eks.amazonaws.com/v1:NodeClass"))
                .allSatisfy(other -> assertThat(other.require("spec.securityGroupSelectorTerms")).isEqualTo(securityGroups));
        assertThat(nodeClass.require("spec.ephemeralStorage"))
                .isEqualTo(Map.of("size", "50Gi", "kmsKeyID", AwsClusterFixture.KMS_KEY_ARN));
        // AND every instance, volume and interface it launches carries the slot's cost tags and the pool's name
        assertThat((Map<String, Object>) nodeClass.require("spec.tags")).containsEntry("slipway:environment", "dev")
                .containsEntry("slipway:slot", "blue").containsEntry("slipway:component", "node-pool")
                .containsEntry("slipway:pool", "workers");
        // AND only fields of the documented NodeClass specification are set
        assertThat(fieldPaths("", (Map<String, Object>) nodeClass.require("spec"))).allSatisfy(path ->
                assertThat(DOCUMENTED_NODE_CLASS_FIELDS).as(path).anyMatch(path::startsWith));

        // AND the node role may join through an EC2 access entry with the Auto Mode node policy, which exists
        // before any NodeClass, and each NodePool waits for its NodeClass
        var entry = result.named("aws:eks/accessEntry:AccessEntry", "dev-blue-node-pools-nodes");
        assertThat(entry.require("type")).isEqualTo("EC2");
        assertThat(entry.require("principalArn").toString()).endsWith(":role/dev-blue-eks-node");
        var association = result.named("aws:eks/accessPolicyAssociation:AccessPolicyAssociation", "dev-blue-node-pools-nodes");
        assertThat(association.require("policyArn")).isEqualTo("arn:aws:eks::aws:cluster-access-policy/AmazonEKSAutoNodePolicy");
        assertThat(association.require("accessScope.type")).isEqualTo("cluster");
        assertThat(nodeClass.dependencies()).contains(association.urn());
        // AND on the node role's policy attachments, which a launching node needs
        var nodeRolePolicies = result.ofType("aws:iam/rolePolicyAttachment:RolePolicyAttachment").stream()
                .filter(r -> r.name().startsWith("dev-blue-node-role-")).map(RegisteredResource::urn).toList();
        assertThat(nodeRolePolicies).hasSize(2);
        assertThat(nodeClass.dependencies()).containsAll(nodeRolePolicies);
        assertThat(result.named("kubernetes:karpenter.sh/v1:NodePool", "dev-blue-node-pools-workers").dependencies())
                .contains(nodeClass.urn());
    }

    @Test
    void everyNodePoolIsValidByTheUpstreamCrdSchemaWhichRefusesAMisspeltField() {
        // GIVEN the NodePools the slot registered
        List<RegisteredResource> pools = result.ofType("kubernetes:karpenter.sh/v1:NodePool");
        assertThat(pools).hasSize(3);

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

    /**
     * The fields of the NodeClass specification in the Amazon EKS User Guide ("Create a Node Class for
     * Amazon EKS", section "Node Class Specification"): AWS publishes no CRD schema to validate against.
     */
    private static final List<String> DOCUMENTED_NODE_CLASS_FIELDS = List.of("role", "subnetSelectorTerms[].id",
            "subnetSelectorTerms[].tags", "securityGroupSelectorTerms[].id", "securityGroupSelectorTerms[].tags",
            "securityGroupSelectorTerms[].name", "snatPolicy", "networkPolicy", "networkPolicyEventLogs",
            "ephemeralStorage.size", "ephemeralStorage.iops", "ephemeralStorage.throughput", "ephemeralStorage.kmsKeyID",
            "advancedNetworking.", "certificateBundles[].", "tags.");

    /** Every leaf of {@code map} as a dotted path, list items as {@code []}. */
    private static List<String> fieldPaths(String prefix, Map<String, Object> map) {
        var paths = new java.util.ArrayList<String>();
        map.forEach((key, value) -> {
            String path = prefix + key;
            if (value instanceof Map<?, ?> nested) {
                paths.addAll(fieldPaths(path + ".", (Map<String, Object>) nested));
            } else if (value instanceof List<?> items && !items.isEmpty() && items.get(0) instanceof Map<?, ?>) {
                items.forEach(item -> paths.addAll(fieldPaths(path + "[].", (Map<String, Object>) item)));
            } else {
                paths.add(path);
            }
        });
        return paths;
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
