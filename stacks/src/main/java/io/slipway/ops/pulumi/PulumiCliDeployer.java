package io.slipway.ops.pulumi;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.ops.Deployer;
import io.slipway.ops.OperationFailedException;
import io.slipway.ops.tools.CommandRunner.CommandOutput;
import io.slipway.ops.tools.Invocation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The {@link Deployer} on the {@code pulumi} CLI itself (see docs/architecture.md for why not the
 * Automation API): {@code preview --json} for the change summary, {@code up}/{@code refresh}/
 * {@code destroy} with their progress streamed to the operator, {@code stack output --json} and
 * {@code stack export} read with Jackson whatever the shape of a value.
 */
public final class PulumiCliDeployer implements Deployer {
    /**
     * Tells the Kubernetes provider to drop from the state what it cannot reach, rather than fail:
     * set for destroys (the cluster goes anyway; a dead one must not block) and for a refresh
     * after a cluster was lost.
     */
    public static final String DELETE_UNREACHABLE = "PULUMI_K8S_DELETE_UNREACHABLE";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PulumiCli cli;
    private final PrintWriter progress;
    private final Consumer<String> alsoReady;

    /**
     * @param alsoReady what else {@link #checkReady} checks for a stack, after the CLI and the stack
     *                  (the cloud credentials of its environment)
     */
    public PulumiCliDeployer(PulumiCli cli, PrintWriter progress, Consumer<String> alsoReady) {
        this.cli = cli;
        this.progress = progress;
        this.alsoReady = alsoReady;
    }

    @Override
    public void checkReady(String stack) {
        cli.requireVersion();
        cli.requireStack(stack);
        alsoReady.accept(stack);
    }

    @Override
    public PreviewSummary preview(String stack) {
        List<String> command = List.of("pulumi", "preview", "--json", "--non-interactive", "--stack", stack);
        CommandOutput output = cli.change(command, Map.of(), null);
        JsonNode result = output.stdout().isBlank() ? null : PulumiCli.json(output.stdout(), "pulumi preview --json");
        if (!output.succeeded()) {
            throw new OperationFailedException("pulumi preview --stack " + stack + " failed (exit " + output.exitCode() + "): "
                    + previewErrors(result, output));
        }
        return PreviewJson.summary(result);
    }

    @Override
    public void up(String stack) {
        change(stack, List.of("pulumi", "up", "--yes", "--skip-preview", "--non-interactive", "--stack", stack), Map.of());
    }

    @Override
    public void refresh(String stack) {
        refresh(stack, false);
    }

    @Override
    public void refresh(String stack, boolean forgetUnreachableClusters) {
        change(stack, List.of("pulumi", "refresh", "--yes", "--skip-preview", "--non-interactive", "--stack", stack),
                forgetUnreachableClusters ? Map.of(DELETE_UNREACHABLE, "true") : Map.of());
    }

    @Override
    public Map<String, Object> outputs(String stack) {
        String json = cli.read(List.of("pulumi", "stack", "output", "--json", "--non-interactive", "--stack", stack));
        JsonNode outputs = PulumiCli.json(json, "pulumi stack output --json");
        return outputs == null || !outputs.isObject() ? Map.of()
                : JSON.convertValue(outputs, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    @Override
    public List<DeployedResource> resources(String stack) {
        String json = cli.read(List.of("pulumi", "stack", "export", "--non-interactive", "--stack", stack));
        JsonNode exported = PulumiCli.json(json, "pulumi stack export");
        List<DeployedResource> resources = new ArrayList<>();
        for (JsonNode resource : exported == null ? JSON.createArrayNode() : exported.path("deployment").path("resources")) {
            List<String> dependencies = new ArrayList<>();
            resource.path("dependencies").forEach(urn -> dependencies.add(urn.asText()));
            // A provider reference is "<provider urn>::<provider id>".
            String provider = resource.path("provider").asText("");
            if (provider.contains("::")) {
                dependencies.add(provider.substring(0, provider.lastIndexOf("::")));
            }
            String parent = resource.path("parent").asText("");
            resources.add(new DeployedResource(resource.path("urn").asText(), resource.path("type").asText(),
                    parent.isEmpty() ? null : parent, resource.path("protect").asBoolean(false), dependencies));
        }
        return resources;
    }

    @Override
    public void destroyTargets(String stack, List<String> urns) {
        if (urns.isEmpty()) {
            throw new IllegalArgumentException("refusing a targeted destroy without targets: the CLI would destroy the whole stack");
        }
        List<String> command = new ArrayList<>(List.of("pulumi", "destroy", "--yes", "--skip-preview", "--non-interactive",
                "--stack", stack, "--target-dependents"));
        urns.forEach(urn -> {
            command.add("--target");
            command.add(urn);
        });
        change(stack, command, Map.of(DELETE_UNREACHABLE, "true"));
    }

    private void change(String stack, List<String> command, Map<String, String> environment) {
        progress.println("$ " + String.join(" ", command.subList(0, Math.min(command.size(), 8)))
                + (command.size() > 8 ? " ... (" + (command.size() - 8) + " more arguments)" : ""));
        progress.flush();
        CommandOutput output = cli.change(command, environment, line -> {
            progress.println("    " + line);
            progress.flush();
        });
        if (!output.succeeded()) {
            throw PulumiCli.failure(new Invocation(command, environment, null, Invocation.DEFAULT_TIMEOUT, null), output);
        }
    }

    private static String previewErrors(JsonNode result, CommandOutput output) {
        List<String> errors = new ArrayList<>();
        if (result != null) {
            for (JsonNode diagnostic : result.path("diagnostics")) {
                if ("error".equals(diagnostic.path("severity").asText())) {
                    errors.add(diagnostic.path("message").asText().strip());
                }
            }
        }
        return errors.isEmpty() ? output.stderr().strip() : String.join("\n  ", errors);
    }
}
