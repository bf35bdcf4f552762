package io.slipway.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an environment from a stack file ({@code slipway plan}) or from stack config JSON
 * ({@code pulumi up}), validates it completely and binds it into an {@link EnvironmentSpec}.
 * Every problem is reported at once in an {@link InvalidEnvironmentException}; nothing is built
 * from an environment that fails.
 */
public final class EnvironmentLoader {
    /** The stack config key that holds the environment object. */
    public static final String CONFIG_KEY = "slipway:environment";

    private static final ObjectMapper YAML = YAMLMapper.builder().build();
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final List<SpecRule> extraRules;

    public EnvironmentLoader(List<SpecRule> extraRules) {
        this.extraRules = List.copyOf(extraRules);
    }

    public EnvironmentLoader() {
        this(List.of());
    }

    /** Loads {@code config."slipway:environment"} of a {@code Pulumi.<stack>.yaml} file. */
    public LoadedEnvironment loadStackFile(Path file) {
        String source = file.toString();
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new InvalidEnvironmentException(List.of(new Problem(source, "", "cannot read the file: " + e.getMessage())));
        }
        JsonNode environment = root == null ? null : root.path("config").get(CONFIG_KEY);
        if (environment == null || !environment.isObject()) {
            throw new InvalidEnvironmentException(List.of(new Problem(source, "config." + CONFIG_KEY,
                    "missing: the file must hold a '" + CONFIG_KEY + "' object under 'config'")));
        }
        return fromTree(environment, source);
    }

    /** Loads the environment object as Pulumi hands structured config to a program: JSON text. */
    public LoadedEnvironment fromConfigJson(String json, String source) {
        try {
            return fromTree(JSON.readTree(json), source);
        } catch (IOException e) {
            throw new InvalidEnvironmentException(List.of(new Problem(source, CONFIG_KEY, "not valid JSON: " + e.getMessage())));
        }
    }

    /** Validates and binds an environment object. */
    public LoadedEnvironment fromTree(JsonNode environment, String source) {
        List<Problem> problems = new ArrayList<>();
        EnvironmentSpec spec;
        try {
            spec = JSON.treeToValue(environment, EnvironmentSpec.class);
        } catch (IOException e) {
            throw new InvalidEnvironmentException(List.of(new Problem(source, "", e.getMessage())));
        }
        for (SpecRule rule : extraRules) {
            problems.addAll(rule.check(spec, source));
        }
        if (!problems.isEmpty()) {
            throw new InvalidEnvironmentException(problems);
        }
        return new LoadedEnvironment(source, spec, List.of());
    }
}
