package io.slipway.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.model.loading.EnvironmentLoader;
import io.slipway.model.loading.InvalidEnvironmentException;
import io.slipway.model.loading.Problem;
import io.slipway.model.yaml.StackFileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Generated from the shipped environments: every value of every file is replaced, one at a time, by a
 * value of the wrong type, an out-of-range number, an empty string and an overlong string. Each
 * mutant must be refused with a problem at the mutated key, in plain words: no exception text.
 */
class EnvironmentMutationTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> EXCEPTION_TEXT = List.of("java.", "javax.", "com.fasterxml", "org.yaml", "Exception",
            "\tat ", "null");
    /** Values that may legitimately be empty: tag and label values, taint values. */
    private static final Pattern MAY_BE_EMPTY = Pattern.compile("tags\\.[^.]+|.*\\.labels\\.[^\\[]+|.*\\.taints\\[\\d+]\\.value");
    private static final EnvironmentLoader LOADER = SpecRules.loader();

    private record Mutation(String name, Function<JsonNode, JsonNode> replacement) {}

    private static final List<Mutation> MUTATIONS = List.of(
            new Mutation("wrong type", EnvironmentMutationTest::wrongType),
            new Mutation("out of range", value -> value.isNumber() ? NODES.numberNode(1e12) : null),
            new Mutation("empty string", value -> NODES.textNode("")),
            new Mutation("overlong string", value -> NODES.textNode("x".repeat(5000))));

    @TestFactory
    Stream<DynamicTest> everyValueOfEveryShippedEnvironmentIsRefusedClearlyWhenBroken() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("../environments"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("Pulumi\\..+\\.yaml")).sorted().toList()) {
                JsonNode environment = StackFileReader.parse(Files.readString(file)).path("config").get(EnvironmentLoader.CONFIG_KEY);
                String source = "environments/" + file.getFileName();
                Map<String, JsonNode> values = new java.util.LinkedHashMap<>();
                collect(environment, "", values);
                values.forEach((path, value) -> {
                    for (Mutation mutation : MUTATIONS) {
                        JsonNode replacement = mutation.replacement().apply(value);
                        if (replacement != null) {
                            tests.add(DynamicTest.dynamicTest(file.getFileName() + " " + path + ": " + mutation.name(),
                                    () -> assertRefusedAt(environment, path, replacement, source, mutation)));
                        }
                    }
                });
            }
        }
        assertThat(tests).hasSizeGreaterThan(500);
        return tests.stream();
    }

    private static void assertRefusedAt(JsonNode environment, String path, JsonNode replacement, String source, Mutation mutation) {
        // GIVEN the environment with one value replaced
        JsonNode mutant = replaced(environment.deepCopy(), path, replacement);
        // WHEN it is loaded with every rule pulumi up applies
        var error = catchThrowableOfType(InvalidEnvironmentException.class, () -> LOADER.fromTree(mutant, source));
        if (error == null) {
            // THEN it is refused, unless an empty value is a valid one there
            assertThat(mutation.name().equals("empty string") && MAY_BE_EMPTY.matcher(path).matches())
                    .as("%s %s with %s was accepted", source, path, mutation.name()).isTrue();
            return;
        }
        // THEN one problem names the mutated key, and none shows exception text
        String all = error.problems().stream().map(Problem::render).collect(Collectors.joining("\n"));
        assertThat(error.problems()).as("problems:\n%s", all).extracting(Problem::path).contains(path);
        assertThat(error.problems()).allSatisfy(problem -> {
            assertThat(problem.render()).doesNotContain(EXCEPTION_TEXT).doesNotContain("\n");
            assertThat(problem.render()).hasSizeLessThan(700);
        });
    }

    private static JsonNode wrongType(JsonNode value) {
        if (value.isTextual()) {
            return NODES.numberNode(5);
        }
        if (value.isNumber()) {
            return NODES.textNode("many");
        }
        if (value.isBoolean()) {
            return NODES.textNode("maybe");
        }
        return value.isArray() ? NODES.objectNode().put("a", 1) : NODES.arrayNode().add(1);
    }

    /** Every value of the tree by key path, containers included. */
    private static void collect(JsonNode node, String path, Map<String, JsonNode> values) {
        if (!path.isEmpty()) {
            values.put(path, node);
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> collect(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), values));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", values);
            }
        }
    }

    private static JsonNode replaced(JsonNode root, String path, JsonNode replacement) {
        var steps = Pattern.compile("([^.\\[]+)|\\[(\\d+)]").matcher(path).results().toList();
        JsonNode parent = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            var step = steps.get(i);
            parent = step.group(2) != null ? parent.get(Integer.parseInt(step.group(2))) : parent.get(step.group(1));
        }
        var last = steps.get(steps.size() - 1);
        if (last.group(2) != null) {
            ((ArrayNode) parent).set(Integer.parseInt(last.group(2)), replacement);
        } else {
            ((ObjectNode) parent).set(last.group(1), replacement);
        }
        return root;
    }
}
