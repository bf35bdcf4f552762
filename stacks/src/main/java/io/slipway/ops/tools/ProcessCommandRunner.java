package io.slipway.ops.tools;

import io.slipway.ops.Durations;
import io.slipway.ops.OperationFailedException;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The {@link CommandRunner} on {@link ProcessBuilder}, in an environment of its own: the program is
 * looked up on that environment's {@code PATH} (not the JVM's), so tests put recording fakes first
 * on it. Both output streams are drained concurrently; a program that outlives its timeout is
 * stopped with its children (SIGTERM, then SIGKILL after a grace period), so no wait is endless.
 */
public final class ProcessCommandRunner implements CommandRunner {
    /** How long a stopped program gets to clean up (the pulumi CLI cancels its update and unlocks the stack). */
    static final Duration STOP_GRACE = Duration.ofSeconds(10);
    /** How long output readers may lag behind the exit of the program. */
    private static final Duration DRAIN_AFTER_EXIT = Duration.ofSeconds(5);
    private static final Map<String, String> INSTALL_HINTS = Map.of(
            "pulumi", "https://www.pulumi.com/docs/install/",
            "kubectl", "https://kubernetes.io/docs/tasks/tools/",
            "aws", "https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html",
            "gcloud", "https://cloud.google.com/sdk/docs/install (with the gke-gcloud-auth-plugin component)",
            "helm", "https://helm.sh/docs/intro/install/",
            "velero", "https://velero.io/docs/main/basic-install/#install-the-cli");

    private final Map<String, String> environment;

    /** @param environment the whole environment the programs run in, {@code PATH} included */
    public ProcessCommandRunner(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** In the environment Slipway itself was started in. */
    public static ProcessCommandRunner inheritingEnvironment() {
        return new ProcessCommandRunner(System.getenv());
    }

    @Override
    public CommandOutput run(Invocation invocation) {
        List<String> command = new ArrayList<>(invocation.command());
        String program = command.get(0);
        command.set(0, locate(program).orElseThrow(() -> missing(program)).toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(environment);
        builder.environment().putAll(invocation.environment());
        if (invocation.workingDirectory() != null) {
            builder.directory(invocation.workingDirectory().toFile());
        }
        Process process;
        try {
            process = builder.start();
            try (var input = process.getOutputStream()) {
                if (invocation.standardInput() != null) {
                    input.write(invocation.standardInput().getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new OperationFailedException("cannot run " + invocation.commandLine() + ": " + e.getMessage());
        }
        StringBuilder stdout = new StringBuilder();
        StringBuilder stderr = new StringBuilder();
        Thread out = drain(process.getInputStream(), stdout, invocation.outputLines());
        Thread err = drain(process.getErrorStream(), stderr, null);
        try {
            if (!process.waitFor(invocation.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                stop(process);
                throw new OperationFailedException(invocation.commandLine() + " did not finish within "
                        + Durations.format(invocation.timeout()) + " and was stopped" + lastLine(stderr, stdout));
            }
            out.join(DRAIN_AFTER_EXIT.toMillis());
            err.join(DRAIN_AFTER_EXIT.toMillis());
        } catch (InterruptedException e) {
            stop(process);
            Thread.currentThread().interrupt();
            throw new OperationFailedException("interrupted while running " + invocation.commandLine() + "; it was stopped");
        }
        synchronized (stdout) {
            synchronized (stderr) {
                return new CommandOutput(process.exitValue(), stdout.toString(), stderr.toString());
            }
        }
    }

    /** The program as the environment's PATH resolves it; a path with a slash is taken as it is. */
    public Optional<Path> locate(String program) {
        if (program.contains(File.separator)) {
            return Files.isExecutable(Path.of(program)) ? Optional.of(Path.of(program)) : Optional.empty();
        }
        String path = environment.getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isBlank()) {
                continue;
            }
            Path candidate = Path.of(directory, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static OperationFailedException missing(String program) {
        String hint = INSTALL_HINTS.get(program);
        return new OperationFailedException("'" + program + "' is not installed or not on the PATH"
                + (hint == null ? "" : "; install it: " + hint) + ". Nothing was changed by this step.");
    }

    private static void stop(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        boolean ended;
        try {
            ended = process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ended = false;
        }
        if (!ended) {
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static Thread drain(InputStream stream, StringBuilder into, Consumer<String> lines) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    synchronized (into) {
                        into.append(line).append('\n');
                    }
                    if (lines != null) {
                        lines.accept(line);
                    }
                }
            } catch (IOException ignored) {
                // The process went away; what was read so far is kept.
            }
        }, "slipway-output-reader");
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    private static String lastLine(StringBuilder stderr, StringBuilder stdout) {
        synchronized (stderr) {
            synchronized (stdout) {
                String text = (stderr.toString().isBlank() ? stdout : stderr).toString().strip();
                return text.isEmpty() ? " (it printed nothing)" : "; its last output: " + text.substring(text.lastIndexOf('\n') + 1);
            }
        }
    }
}
