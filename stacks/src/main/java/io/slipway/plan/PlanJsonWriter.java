package io.slipway.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.slipway.offline.RegisteredResource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The plan as JSON, for the checks that run on it (policies, cost, diagrams, diffs):
 * <pre>
 * { "stack", "resources": [ { "urn", "type", "name", "parent", "inputs", "dependencies", "protect" } ], "outputs" }
 * </pre>
 * Keys of inputs and outputs are sorted, resources ordered by URN, indentation and line ends
 * fixed ({@code \n}, two spaces) whatever the platform, and a trailing newline: the same plan
 * always gives the same bytes, so two plans compare with {@code diff}.
 */
public final class PlanJsonWriter {
    private static final ObjectWriter WRITER = JsonMapper.builder().build().writer(prettyPrinter());

    public String toJson(Plan plan) {
        var root = new LinkedHashMap<String, Object>();
        root.put("stack", plan.stack());
        root.put("resources", plan.resources().stream().map(PlanJsonWriter::resource).toList());
        root.put("outputs", sorted(plan.outputs()));
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plan holds only JSON values, yet: " + e.getOriginalMessage(), e);
        }
    }

    public void write(Plan plan, Path file) throws IOException {
        Files.writeString(file, toJson(plan), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> resource(RegisteredResource r) {
        var json = new LinkedHashMap<String, Object>();
        json.put("urn", r.urn());
        json.put("type", r.type());
        json.put("name", r.name());
        json.put("parent", r.parent().isEmpty() ? null : r.parent());
        json.put("inputs", sorted(r.inputs()));
        json.put("dependencies", r.dependencies().stream().sorted().toList());
        json.put("protect", r.protect());
        return json;
    }

    /** A copy with every nested map's keys sorted, whatever map a program exported. */
    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            var copy = new TreeMap<String, Object>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), sorted(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            var copy = new ArrayList<Object>(list.size());
            list.forEach(v -> copy.add(sorted(v)));
            return copy;
        }
        return value;
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        var indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
