package io.slipway.ops.pulumi;

import com.pulumi.automation.AutomationException;
import com.pulumi.automation.DestroyOptions;
import com.pulumi.automation.LocalWorkspace;
import com.pulumi.automation.LocalWorkspaceOptions;
import com.pulumi.automation.OperationType;
import com.pulumi.automation.PreviewOptions;
import com.pulumi.automation.PreviewResult;
import com.pulumi.automation.PulumiCommand;
import com.pulumi.automation.RefreshOptions;
import com.pulumi.automation.UpOptions;
import com.pulumi.automation.WorkspaceStack;
import io.slipway.ops.Deployer;
import io.slipway.ops.OperationFailedException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@link Deployer} on Pulumi's Automation API: a {@link LocalWorkspace} on the project
 * directory (its {@code Pulumi.yaml} runs the prebuilt jar and reads stack config from
 * {@code environments/}), which shells out to the {@code pulumi} CLI. The CLI's progress is
 * streamed to {@code progress} as it runs.
 */
public final class PulumiAutomationDeployer implements Deployer {
    private final Path projectDir;
    private final PrintWriter progress;
    private final LocalWorkspaceOptions workspaceOptions;

    /** On the {@code pulumi} CLI found on the PATH. */
    public PulumiAutomationDeployer(Path projectDir, PrintWriter progress) {
        this(projectDir, progress, LocalWorkspaceOptions.Empty);
    }

    /** On another {@link PulumiCommand}: a pinned CLI binary, or a scripted one in tests. */
    public PulumiAutomationDeployer(Path projectDir, PrintWriter progress, PulumiCommand command) {
        this(projectDir, progress, LocalWorkspaceOptions.builder().pulumiCommand(command).build());
    }

    private PulumiAutomationDeployer(Path projectDir, PrintWriter progress, LocalWorkspaceOptions workspaceOptions) {
        this.projectDir = projectDir;
        this.progress = progress;
        this.workspaceOptions = workspaceOptions;
    }

    @Override
    public PreviewSummary preview(String stack) {
        PreviewResult result = call("preview", stack, s -> s.preview(PreviewOptions.builder().diff(true).build()));
        Map<String, Integer> changes = new LinkedHashMap<>();
        result.changeSummary().forEach((operation, count) -> {
            if (operation != OperationType.SAME && count != null && count > 0) {
                changes.put(operation.name().toLowerCase(Locale.ROOT).replace('_', '-'), count);
            }
        });
        return new PreviewSummary(changes, result.standardOutput());
    }

    @Override
    public void up(String stack) {
        call("up", stack, s -> s.up(UpOptions.builder().onStandardOutput(progress::println).build()));
    }

    @Override
    public void refresh(String stack) {
        call("refresh", stack, s -> s.refresh(RefreshOptions.builder().onStandardOutput(progress::println).build()));
    }

    /**
     * Read from the stack resource in the exported state rather than {@code getOutputs()}: the
     * pinned API deserializes outputs as strings only and fails on list or object outputs.
     */
    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> outputs(String stack) {
        for (Map<String, Object> resource : exportedResources(stack)) {
            if (StackResources.STACK_TYPE.equals(resource.get("type"))) {
                Object outputs = resource.get("outputs");
                return outputs instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, Object>) map) : Map.of();
            }
        }
        return Map.of();
    }

    @Override
    public List<DeployedResource> resources(String stack) {
        List<DeployedResource> resources = new ArrayList<>();
        for (Map<String, Object> resource : exportedResources(stack)) {
            List<String> dependencies = new ArrayList<>();
            if (resource.get("dependencies") instanceof List<?> list) {
                list.forEach(urn -> dependencies.add(String.valueOf(urn)));
            }
            // A provider reference is "<provider urn>::<provider id>".
            if (resource.get("provider") instanceof String provider && provider.contains("::")) {
                dependencies.add(provider.substring(0, provider.lastIndexOf("::")));
            }
            resources.add(new DeployedResource(
                    String.valueOf(resource.get("urn")),
                    String.valueOf(resource.get("type")),
                    resource.get("parent") instanceof String parent ? parent : null,
                    Boolean.TRUE.equals(resource.get("protect")),
                    dependencies));
        }
        return resources;
    }

    @Override
    public void destroyTargets(String stack, List<String> urns) {
        if (urns.isEmpty()) {
            throw new IllegalArgumentException("refusing a targeted destroy without targets: the CLI would destroy the whole stack");
        }
        call("destroy", stack, s -> s.destroy(DestroyOptions.builder()
                .targets(List.copyOf(urns))
                .targetDependents(true)
                .onStandardOutput(progress::println)
                .build()));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> exportedResources(String stack) {
        Map<String, Object> deployment = call("stack export", stack, s -> s.exportStack().deployment());
        Object resources = deployment.get("resources");
        return resources instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    private <T> T call(String operation, String stack, StackOperation<T> body) {
        try (WorkspaceStack workspaceStack = LocalWorkspace.selectStack(stack, projectDir, workspaceOptions)) {
            return body.apply(workspaceStack);
        } catch (Exception e) {
            throw new OperationFailedException("pulumi " + operation + " of stack '" + stack + "' in " + projectDir
                    + " failed: " + e.getMessage());
        }
    }

    @FunctionalInterface
    private interface StackOperation<T> {
        T apply(WorkspaceStack stack) throws AutomationException;
    }
}
