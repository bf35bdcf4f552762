package io.slipway.ephemeral;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.slipway.ops.OperationFailedException;
import io.slipway.platform.PlatformProgram;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * {@link EphemeralStacks} on the {@code pulumi} CLI, run in the project directory against whatever
 * backend the user is logged in to ({@code pulumi login}, or {@code PULUMI_BACKEND_URL}). The secret
 * reaches {@code pulumi config set} on standard input, never on the command line where other users
 * of the machine could read it.
 */
public final class PulumiStacks implements EphemeralStacks {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path projectDir;
    private final String secretsProvider;
    private final List<Path> searchPath;

    /**
     * @param projectDir      the directory of {@code Pulumi.yaml}
     * @param secretsProvider {@code --secrets-provider} of new stacks ({@code awskms://...}); null for the backend's default
     * @param searchPath      the directories to find {@code pulumi} in, first match wins ({@code PATH})
     */
    public PulumiStacks(Path projectDir, String secretsProvider, List<Path> searchPath) {
        this.projectDir = projectDir;
        this.secretsProvider = secretsProvider == null || secretsProvider.isBlank() ? null : secretsProvider;
        this.searchPath = List.copyOf(searchPath);
    }

    /** The directories of a {@code PATH} value. */
    public static List<Path> searchPath(String path) {
        return path == null ? List.of() : java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isBlank()).map(Path::of).toList();
    }

    @Override
    public boolean exists(String stack) {
        JsonNode stacks;
        try {
            stacks = JSON.readTree(run(List.of("stack", "ls", "--json"), null));
        } catch (IOException e) {
            throw new OperationFailedException("pulumi stack ls --json printed no JSON list: " + e.getMessage());
        }
        for (JsonNode entry : stacks) {
            String name = entry.path("name").asText();
            if (name.equals(stack) || name.endsWith("/" + stack)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void create(String stack) {
        var init = new ArrayList<>(List.of("stack", "init", stack));
        if (secretsProvider != null) {
            init.addAll(List.of("--secrets-provider", secretsProvider));
        }
        run(init, null);
        run(List.of("config", "set", "--secret", PlatformProgram.GRAFANA_PASSWORD_KEY, "--stack", stack), generatedPassword());
    }

    @Override
    public void remove(String stack) {
        run(List.of("stack", "rm", stack, "--yes"), null);
    }

    private static String generatedPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String run(List<String> arguments, String stdin) {
        Path pulumi = searchPath.stream().map(dir -> dir.resolve("pulumi")).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new OperationFailedException("dev commands need the Pulumi CLI and there is no 'pulumi' on PATH; "
                        + "install it (https://www.pulumi.com/docs/install/)"));
        var command = new ArrayList<String>();
        command.add(pulumi.toString());
        command.addAll(arguments);
        command.addAll(List.of("--non-interactive", "--cwd", projectDir.toString()));
        Path errors = null;
        try {
            // Standard error goes to a file, so a chatty CLI cannot block on a full pipe while stdout is read.
            errors = Files.createTempFile("slipway-pulumi", ".err");
            Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            try (var in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            String stderr = Files.readString(errors);
            if (exit != 0) {
                throw new OperationFailedException("pulumi " + String.join(" ", arguments) + " exited with " + exit + ": " + stderr.strip());
            }
            return stdout;
        } catch (IOException e) {
            throw new OperationFailedException("cannot run " + pulumi + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationFailedException("interrupted while running pulumi " + String.join(" ", arguments));
        } finally {
            if (errors != null) {
                errors.toFile().delete();
            }
        }
    }
}
