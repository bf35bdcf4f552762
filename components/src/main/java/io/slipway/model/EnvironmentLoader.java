package io.slipway.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.slipway.model.validation.Findings;
import io.slipway.model.validation.ModelRule;
import io.slipway.model.validation.ModelRules;
import io.slipway.model.validation.StructuralCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an environment from a stack file ({@code slipway plan}) or from stack config JSON
 * ({@code pulumi up}), validates it completely and binds it into an {@link EnvironmentSpec}.
 * Validation runs in three passes whose problems are all reported together in one
 * {@link InvalidEnvironmentException}: the structural check of the tree against the records, the
 * model's semantic rules on the bound records, then the extra {@link SpecRule}s of other modules.
 * Nothing is built from an environment that fails.
 */
public final class EnvironmentLoader {
    /** The stack config key that holds the environment object. */
    public static final String CONFIG_KEY = "slipway:environment";

    private static final ObjectMapper YAML = YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final List<SpecRule> extraRules;
    private final List<ModelRule> modelRules = ModelRules.all();

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
        } catch (JsonProcessingException e) {
            throw single(source, "", "not valid YAML: " + describe(e));
        } catch (NoSuchFileException e) {
            throw single(source, "", "no such file; environments live in environments/Pulumi.<stack>.yaml");
        } catch (IOException e) {
            throw single(source, "", "cannot read the file: " + e.getMessage());
        }
        JsonNode environment = root == null ? null : root.path("config").get(CONFIG_KEY);
        if (environment == null || !environment.isObject()) {
            throw single(source, "config." + CONFIG_KEY, "missing: the file must hold a '" + CONFIG_KEY + "' object under 'config'");
        }
        return fromTree(environment, source);
    }

    /** Loads the environment object as Pulumi hands structured config to a program: JSON text. */
    public LoadedEnvironment fromConfigJson(String json, String source) {
        try {
            return fromTree(JSON.readTree(json), source);
        } catch (JsonProcessingException e) {
            throw single(source, CONFIG_KEY, "not valid JSON: " + describe(e));
        }
    }

    /** Validates and binds an environment object, reporting every problem at once. */
    public LoadedEnvironment fromTree(JsonNode environment, String source) {
        Findings findings = new Findings(source);
        StructuralCheck structure = new StructuralCheck(findings);
        JsonNode checked = environment == null ? null : structure.check(environment, EnvironmentSpec.class, "");
        if (checked == null) {
            throw new InvalidEnvironmentException(findings.hasErrors() ? findings.errors()
                    : List.of(new Problem(source, "", "no environment object")));
        }
        boolean structurallyValid = !findings.hasErrors();
        EnvironmentSpec spec = bind(checked, findings);
        findings.ignoreConsequencesOf(structure.incompletePaths());
        for (ModelRule rule : modelRules) {
            runRule(() -> rule.check(spec, findings), structurallyValid);
        }
        for (SpecRule rule : extraRules) {
            runRule(() -> findings.addErrors(rule.check(spec, source)), structurallyValid);
        }
        if (findings.hasErrors()) {
            throw new InvalidEnvironmentException(findings.errors());
        }
        return new LoadedEnvironment(source, spec, findings.warnings());
    }

    /** Binds the structurally checked tree; it holds only known keys of the right types, so this does not fail. */
    private static EnvironmentSpec bind(JsonNode checked, Findings findings) {
        try {
            return JSON.treeToValue(checked, EnvironmentSpec.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            findings.error("", "cannot bind the environment: " + e.getMessage().lines().findFirst().orElse(""));
            throw new InvalidEnvironmentException(findings.errors());
        }
    }

    /**
     * Runs one rule. On a spec whose structure was broken, required values may be missing and a rule
     * written for complete specs may trip over one: its problem is then a consequence of one already
     * reported, so it is skipped rather than shown as a crash.
     */
    private static void runRule(Runnable rule, boolean structurallyValid) {
        if (structurallyValid) {
            rule.run();
            return;
        }
        try {
            rule.run();
        } catch (RuntimeException consequenceOfReportedProblem) {
            // Deliberately ignored: see the method comment.
        }
    }

    private static InvalidEnvironmentException single(String source, String path, String message) {
        return new InvalidEnvironmentException(List.of(new Problem(source, path, message)));
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String where = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        return e.getOriginalMessage().lines().findFirst().orElse("") + where;
    }
}
