package io.slipway.model.loading;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.validation.Findings;
import io.slipway.model.validation.ModelRule;
import io.slipway.model.validation.ModelRules;
import io.slipway.model.validation.StackConfigRule;
import io.slipway.model.validation.StructuralCheck;
import io.slipway.model.yaml.StackFileProblem;
import io.slipway.model.yaml.StackFileReader;
import io.slipway.model.yaml.StackFileText;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** Config JSON from the engine gets the same limits as a stack file read here. */
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(StackFileReader.MAX_NESTING)
                            .maxDocumentLength(StackFileReader.MAX_CHARACTERS)
                            .maxNumberLength(100)
                            .build())
                    .build())
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

    /**
     * Loads {@code config."slipway:environment"} of a {@code Pulumi.<stack>.yaml} file, read as the Pulumi
     * CLI reads it; the file's other config keys are checked too (plain secrets, a disagreeing region).
     */
    public LoadedEnvironment loadStackFile(Path file) {
        String source = file.toString();
        String text;
        JsonNode root;
        try {
            text = StackFileText.read(file);
        } catch (StackFileProblem e) {
            throw single(source, "", e.getMessage());
        }
        try {
            root = StackFileReader.parse(text);
        } catch (StackFileProblem e) {
            throw single(source, "", "not valid YAML: " + e.getMessage());
        }
        JsonNode environment = root == null ? null : root.path("config").get(CONFIG_KEY);
        if (environment == null || !environment.isObject()) {
            throw single(source, "config." + CONFIG_KEY, "missing: the file must hold a '" + CONFIG_KEY + "' object under 'config'");
        }
        Map<String, JsonNode> otherConfig = new LinkedHashMap<>();
        root.path("config").fields().forEachRemaining(entry -> otherConfig.put(entry.getKey(), entry.getValue()));
        otherConfig.remove(CONFIG_KEY);
        return load(environment, source, (spec, findings) -> StackConfigRule.check(otherConfig, spec, findings));
    }

    /** Loads the environment object as Pulumi hands structured config to a program: JSON text. */
    public LoadedEnvironment fromConfigJson(String json, String source) {
        return fromConfigJson(json, source, Map.of());
    }

    /**
     * As {@link #fromConfigJson(String, String)}, with the stack's other config values that bear on the
     * environment ({@code aws:region}, {@code gcp:region}), as JSON text by key.
     */
    public LoadedEnvironment fromConfigJson(String json, String source, Map<String, String> otherConfig) {
        JsonNode environment;
        Map<String, JsonNode> other = new LinkedHashMap<>();
        try {
            environment = JSON.readTree(json);
            for (var entry : otherConfig.entrySet()) {
                other.put(entry.getKey(), JSON.getNodeFactory().textNode(entry.getValue()));
            }
        } catch (JsonProcessingException e) {
            throw single(source, CONFIG_KEY, "not valid JSON: " + describe(e));
        }
        return load(environment, source, (spec, findings) -> StackConfigRule.check(other, spec, findings));
    }

    /** Validates and binds an environment object, reporting every problem at once. */
    public LoadedEnvironment fromTree(JsonNode environment, String source) {
        return load(environment, source, (spec, findings) -> { });
    }

    private LoadedEnvironment load(JsonNode environment, String source, ModelRule stackConfigRule) {
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
            runRule(() -> rule.check(spec, findings), rule.scope(), structurallyValid, findings);
        }
        runRule(() -> stackConfigRule.check(spec, findings), "", structurallyValid, findings);
        for (SpecRule rule : extraRules) {
            runRule(() -> findings.addErrors(rule.check(spec, source)), "", structurallyValid, findings);
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
     * reported, so it is skipped. On a complete spec a rule that fails is a problem of its own, reported
     * at the part of the file it checks rather than as a crash of the whole command.
     */
    private static void runRule(Runnable rule, String scope, boolean structurallyValid, Findings findings) {
        try {
            rule.run();
        } catch (RuntimeException | StackOverflowError failure) {
            if (structurallyValid) {
                findings.error(scope, "could not be checked: a value here is too long or too complex to validate; "
                        + "shorten or simplify it");
            }
        }
    }

    private static InvalidEnvironmentException single(String source, String path, String message) {
        return new InvalidEnvironmentException(List.of(new Problem(source, path, message)));
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String where = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        // Jackson names its own classes and settings ("from `StreamReadConstraints.getMaxNestingDepth()`"): not for users.
        String reason = e.getOriginalMessage().lines().findFirst().orElse("")
                .replaceAll(",? from `[^`]*`", "")
                .replaceAll("\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Za-z_$][\\w$]*", "a value");
        return reason + where;
    }
}
