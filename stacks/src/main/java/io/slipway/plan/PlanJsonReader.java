package io.slipway.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.slipway.offline.RegisteredResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads what {@link PlanJsonWriter} wrote back into a {@link Plan}: the base of a diff made by
 * another build ({@code slipway diff --base-plan}), and review fixtures. Provider references and
 * read markers are not part of the JSON and come back empty/false.
 */
public final class PlanJsonReader {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    /** Reads a plan file; a file that is not a plan is an {@link IllegalArgumentException} naming it and why. */
    public Plan read(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the plan: " + e.getMessage());
        }
    }

    public Plan parse(String json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.path("stack").isTextual() || !root.path("resources").isArray()) {
            throw new IllegalArgumentException(source + ": not a plan written by `slipway plan --json` (needs \"stack\" and \"resources\")");
        }
        List<RegisteredResource> resources = new ArrayList<>();
        for (JsonNode r : root.path("resources")) {
            if (!r.path("urn").isTextual() || !r.path("type").isTextual()) {
                throw new IllegalArgumentException(source + ": resources[" + resources.size() + "] lacks \"urn\" or \"type\"");
            }
            List<String> dependencies = new ArrayList<>();
            r.path("dependencies").forEach(d -> dependencies.add(d.asText()));
            Map<String, Object> inputs = r.path("inputs").isObject() ? JSON.convertValue(r.path("inputs"), OBJECT) : Map.of();
            resources.add(new RegisteredResource(r.path("urn").asText(), r.path("type").asText(), r.path("name").asText(),
                    r.path("parent").asText(""), inputs, dependencies, r.path("protect").asBoolean(false), "", false));
        }
        Map<String, Object> outputs = root.path("outputs").isObject() ? JSON.convertValue(root.path("outputs"), OBJECT) : Map.of();
        return new Plan(root.path("stack").asText(), source, resources, outputs, List.of());
    }
}
