package io.slipway.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanJsonWriterTest {
    @TempDir
    Path directory;

    private Plan planOfDev() {
        Path file = TestEnvironments.PROJECT_ENVIRONMENTS.resolve("Pulumi.dev.yaml");
        return new OfflinePlanner(TinyPlatform::define).plan("dev", file);
    }

    @Test
    void twoRunsGiveTheSameBytes() throws Exception {
        // GIVEN the same stack planned twice, each written to its own file
        Path first = directory.resolve("first.json");
        Path second = directory.resolve("second.json");

        // WHEN both plans are written
        new PlanJsonWriter().write(planOfDev(), first);
        new PlanJsonWriter().write(planOfDev(), second);

        // THEN the files are byte-identical, LF-only, with a trailing newline
        byte[] bytes = Files.readAllBytes(first);
        assertThat(Files.readAllBytes(second)).isEqualTo(bytes);
        String text = Files.readString(first);
        assertThat(text).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void hasTheDocumentedShapeInTheDocumentedOrder() throws Exception {
        // GIVEN a plan WHEN it is written as JSON
        String json = new PlanJsonWriter().toJson(planOfDev());
        JsonNode root = JsonMapper.builder().build().readTree(json);

        // THEN the top level and every resource have exactly the documented keys, in order
        assertThat(fieldNames(root)).containsExactly("stack", "resources", "outputs");
        assertThat(root.get("stack").asText()).isEqualTo("dev");
        assertThat(root.get("resources")).isNotEmpty();
        for (JsonNode resource : root.get("resources")) {
            assertThat(fieldNames(resource)).containsExactly("urn", "type", "name", "parent", "inputs", "dependencies", "protect");
        }
        // AND the registered inputs and protection are there as the program set them
        JsonNode vpc = resourceNamed(root, "vpc");
        assertThat(vpc.get("type").asText()).isEqualTo("aws:ec2/vpc:Vpc");
        assertThat(vpc.at("/inputs/cidrBlock").asText()).isEqualTo("10.10.0.0/16");
        assertThat(vpc.at("/inputs/tags/team").asText()).isEqualTo("platform");
        assertThat(vpc.get("protect").asBoolean()).isTrue();
        assertThat(resourceNamed(root, "private-a").get("protect").asBoolean()).isFalse();
        // AND input keys are sorted
        List<String> inputKeys = fieldNames(vpc.get("inputs"));
        assertThat(inputKeys).isSorted();
    }

    @Test
    void parentsAndDependenciesAreUrnsOfThePlan() throws Exception {
        // GIVEN a plan written as JSON
        JsonNode root = JsonMapper.builder().build().readTree(new PlanJsonWriter().toJson(planOfDev()));
        Set<String> urns = new HashSet<>();
        root.get("resources").forEach(r -> urns.add(r.get("urn").asText()));

        // THEN every parent and dependency points at a resource of the plan, and only the stack has no parent
        List<String> roots = new ArrayList<>();
        for (JsonNode resource : root.get("resources")) {
            if (resource.get("parent").isNull()) {
                roots.add(resource.get("type").asText());
            } else {
                assertThat(urns).contains(resource.get("parent").asText());
            }
            resource.get("dependencies").forEach(d -> assertThat(urns).contains(d.asText()));
        }
        assertThat(roots).containsExactly("pulumi:pulumi:Stack");
        // AND the subnet depends on the VPC whose id it reads, under the component that made both
        JsonNode subnet = resourceNamed(root, "private-a");
        JsonNode vpc = resourceNamed(root, "vpc");
        assertThat(subnet.get("dependencies").toString()).contains(vpc.get("urn").asText());
        assertThat(subnet.get("parent").asText()).isEqualTo(resourceNamed(root, "dev").get("urn").asText());
    }

    @Test
    void secretsAreMaskedEverywhere() {
        // GIVEN a program that puts the secret Grafana password into an input and an output
        // WHEN the plan is written as JSON
        String json = new PlanJsonWriter().toJson(planOfDev());

        // THEN the password never appears in clear, only masked
        assertThat(json).doesNotContain(OfflinePlanner.PASSWORD_PLACEHOLDER);
        assertThat(json).contains("\"value\": \"[secret]\"").contains("\"grafanaAdminPassword\": \"[secret]\"");
    }

    private static JsonNode resourceNamed(JsonNode root, String name) {
        for (JsonNode resource : root.get("resources")) {
            if (resource.get("name").asText().equals(name)) {
                return resource;
            }
        }
        throw new AssertionError("no resource named " + name);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
