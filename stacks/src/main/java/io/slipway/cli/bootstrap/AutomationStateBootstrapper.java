package io.slipway.cli.bootstrap;

import com.pulumi.Context;
import com.pulumi.automation.AutomationException;
import com.pulumi.automation.ConfigValue;
import com.pulumi.automation.LocalWorkspace;
import com.pulumi.automation.LocalWorkspaceOptions;
import com.pulumi.automation.ProjectBackend;
import com.pulumi.automation.ProjectRuntimeName;
import com.pulumi.automation.ProjectSettings;
import com.pulumi.automation.UpOptions;
import com.pulumi.automation.UpResult;
import com.pulumi.automation.WorkspaceStack;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Deploys the bootstrap program through Pulumi's Automation API (which drives the {@code pulumi}
 * CLI). The state storage cannot keep its own state in itself, so the bootstrap stack's state lives
 * in a local file backend under {@code ~/.slipway/bootstrap}; it holds no secrets.
 */
public final class AutomationStateBootstrapper implements StateBootstrapper {
    static final String PROJECT = "slipway-bootstrap";
    private static final String PASSPHRASE = "PULUMI_CONFIG_PASSPHRASE";

    private final Path stateDirectory;
    private final PrintStream progress;
    private final List<Path> searchPath;

    /** @param stateDirectory where the local file backend keeps the bootstrap stacks' state */
    public AutomationStateBootstrapper(Path stateDirectory) {
        this(stateDirectory, System.err, searchPath(System.getenv("PATH")));
    }

    /** @param searchPath the directories to find the {@code pulumi} CLI in */
    AutomationStateBootstrapper(Path stateDirectory, PrintStream progress, List<Path> searchPath) {
        this.stateDirectory = stateDirectory;
        this.progress = progress;
        this.searchPath = List.copyOf(searchPath);
    }

    @Override
    public Map<String, Object> up(String stack, Map<String, String> config, Consumer<Context> program) {
        if (searchPath.stream().noneMatch(dir -> Files.isExecutable(dir.resolve("pulumi")))) {
            throw new BootstrapFailedException("bootstrap deploys with the Pulumi CLI, and there is no 'pulumi' on PATH; "
                    + "install it (https://www.pulumi.com/docs/install/) and retry. Nothing was created.", null);
        }
        try {
            Files.createDirectories(stateDirectory);
        } catch (IOException e) {
            throw new BootstrapFailedException("cannot create " + stateDirectory + ": " + e.getMessage(), e);
        }
        var settings = ProjectSettings.builder(PROJECT, ProjectRuntimeName.JAVA)
                .backend(ProjectBackend.builder().url(stateDirectory.toUri().toString()).build())
                .build();
        var options = LocalWorkspaceOptions.builder()
                .projectSettings(settings)
                .environmentVariables(environment())
                .build();
        WorkspaceStack workspaceStack = null;
        try {
            workspaceStack = LocalWorkspace.createOrSelectStack(PROJECT, stack, program, options);
            for (var entry : new TreeMap<>(config).entrySet()) {
                workspaceStack.setConfig(entry.getKey(), new ConfigValue(entry.getValue()));
            }
            UpResult result = workspaceStack.up(UpOptions.builder().onStandardOutput(progress::println).build());
            var outputs = new TreeMap<String, Object>();
            result.outputs().forEach((name, value) -> outputs.put(name, value.value()));
            return outputs;
        } catch (AutomationException e) {
            throw new BootstrapFailedException("pulumi up of the bootstrap stack '" + stack + "' failed: " + e.getMessage(), e);
        } finally {
            close(workspaceStack);
        }
    }

    /**
     * The local backend encrypts config with a passphrase even when, as here, nothing is secret;
     * an empty one is used unless the user set their own.
     */
    private static Map<String, String> environment() {
        var environment = new HashMap<String, String>();
        if (System.getenv(PASSPHRASE) == null && System.getenv("PULUMI_CONFIG_PASSPHRASE_FILE") == null) {
            environment.put(PASSPHRASE, "");
        }
        return environment;
    }

    /** PATH's directories, then where the Pulumi installer puts the CLI. */
    private static List<Path> searchPath(String path) {
        List<Path> directories = new ArrayList<>();
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    directories.add(Path.of(dir));
                }
            }
        }
        directories.add(Path.of(System.getProperty("user.home"), ".pulumi", "bin"));
        return directories;
    }

    private static void close(WorkspaceStack workspaceStack) {
        if (workspaceStack == null) {
            return;
        }
        try {
            workspaceStack.close();
        } catch (Exception e) {
            throw new BootstrapFailedException("cannot close the bootstrap workspace: " + e.getMessage(), e);
        }
    }
}
