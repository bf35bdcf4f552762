package io.slipway.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.pulumi.Context;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.loading.EnvironmentLoader;
import io.slipway.model.loading.LoadedEnvironment;
import io.slipway.model.loading.Problem;
import io.slipway.offline.CloudMocks;
import io.slipway.offline.OfflineEngine;
import io.slipway.offline.OfflineResult;
import io.slipway.platform.PlatformProgram;
import io.slipway.platform.SpecRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The offline plan of a stack: its environment file validated exactly as {@code pulumi up} would
 * (through {@link SpecRules}), then the platform program run on the mock engine with the stack
 * config Pulumi would hand it. Nothing leaves the process; no credentials are needed.
 */
public final class OfflinePlanner {
    /** The stack config key of the Grafana admin password, a secret set per stack before {@code pulumi up}. */
    public static final String GRAFANA_PASSWORD_KEY = "slipway:grafanaAdminPassword";
    /** What the plan passes as the password: it is secret, so the plan only ever shows it masked. */
    public static final String PASSWORD_PLACEHOLDER = "offline-plan-placeholder-password";

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BiConsumer<Context, EnvironmentSpec> program;

    /** A planner of the real platform program. */
    public OfflinePlanner() {
        this(PlatformProgram::define);
    }

    /** A planner of another program taking a validated environment (tests, future programs). */
    public OfflinePlanner(BiConsumer<Context, EnvironmentSpec> program) {
        this.program = program;
    }

    /** Validates a stack file; throws {@link io.slipway.model.loading.InvalidEnvironmentException} with every problem. */
    public LoadedEnvironment validate(Path stackFile) {
        return SpecRules.loader().loadStackFile(stackFile);
    }

    /**
     * Plans a stack file.
     *
     * @throws io.slipway.model.loading.InvalidEnvironmentException the environment is invalid; nothing ran
     * @throws PlanFailedException                         the program failed on the engine
     */
    public Plan plan(String stack, Path stackFile) {
        return plan(stack, stackFile, validate(stackFile));
    }

    /** Plans a stack file already validated by {@link #validate}, for commands that also use the result. */
    public Plan plan(String stack, Path stackFile, LoadedEnvironment loaded) {
        return plan(stack, loaded, environmentJson(stackFile));
    }

    /** Plans an environment that has no file (yet): {@code slipway dev up --offline}. Validated like a file. */
    public Plan plan(String stack, String environmentJson, String source) {
        return plan(stack, validate(environmentJson, source), environmentJson);
    }

    /** Validates an environment that has no file (yet), as {@link #validate(Path)} does a file. */
    public LoadedEnvironment validate(String environmentJson, String source) {
        return SpecRules.loader().fromConfigJson(environmentJson, source);
    }

    /** Plans an environment without a file that {@link #validate(String, String)} accepted. */
    public Plan plan(String stack, String environmentJson, LoadedEnvironment loaded) {
        return plan(stack, loaded, environmentJson);
    }

    /**
     * Plans an environment that is already validated but may not be on disk yet (the policy gate on
     * a config about to be written); the program sees the bound spec as its config.
     */
    public Plan plan(String stack, LoadedEnvironment loaded) {
        try {
            return plan(stack, loaded, JSON.writeValueAsString(loaded.spec()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("an environment spec is plain records, yet: " + e.getOriginalMessage(), e);
        }
    }

    private Plan plan(String stack, LoadedEnvironment loaded, String environmentJson) {
        EnvironmentSpec spec = loaded.spec();
        Map<String, String> config = Map.of(
                EnvironmentLoader.CONFIG_KEY, environmentJson,
                GRAFANA_PASSWORD_KEY, PASSWORD_PLACEHOLDER);
        OfflineResult result = OfflineEngine.run(stack, CloudMocks.forEnvironment(spec), config,
                Set.of(GRAFANA_PASSWORD_KEY), ctx -> program.accept(ctx, spec));
        return toPlan(result, loaded.source(), loaded.warnings());
    }

    /** Plans a program that reads no environment file (the state-storage bootstrap), on the given mocks. */
    public static Plan planProgram(String stack, CloudMocks mocks, Consumer<Context> program) {
        return toPlan(OfflineEngine.run(stack, mocks, program), "", List.of());
    }

    private static Plan toPlan(OfflineResult result, String source, List<Problem> warnings) {
        if (!result.errors().isEmpty()) {
            throw new PlanFailedException(result.stack(), result.errors());
        }
        return new Plan(result.stack(), source, result.resources(), result.outputs(), warnings);
    }

    /** The environment object as Pulumi hands structured config to a program: JSON text. */
    private static String environmentJson(Path stackFile) {
        try {
            JsonNode environment = YAML.readTree(Files.readString(stackFile)).path("config").path(EnvironmentLoader.CONFIG_KEY);
            return JSON.writeValueAsString(environment);
        } catch (IOException e) {
            // The loader has just read and validated this file; failing now means it changed or vanished.
            throw new IllegalStateException("cannot re-read " + stackFile + ": " + e.getMessage(), e);
        }
    }
}
