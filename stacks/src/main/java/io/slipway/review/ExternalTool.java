package io.slipway.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A program the review commands run (git, Graphviz dot), found on the PATH of the environment given,
 * so tests put a recording fake first on that PATH.
 */
public final class ExternalTool {
    /** What the program printed and how it ended. */
    public record Result(int exitCode, String stdout, String stderr) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    private final String name;
    private final Map<String, String> environment;

    public ExternalTool(String name, Map<String, String> environment) {
        this.name = name;
        this.environment = Map.copyOf(environment);
    }

    public String name() {
        return name;
    }

    /** The executable on the environment's PATH, if there is one. */
    public Optional<Path> locate() {
        String path = environment.getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Runs the tool with {@code args}, feeding {@code stdin}; a tool missing from the PATH is a {@link ReviewInputException}. */
    public Result run(List<String> args, byte[] stdin, String whenMissing) {
        Path executable = locate().orElseThrow(() -> new ReviewInputException(name + " is not on the PATH: " + whenMissing));
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
            CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> drain(process.getInputStream()));
            try (var in = process.getOutputStream()) {
                in.write(stdin);
            } catch (IOException closedEarly) {
                // The tool exited without reading all of its input; its exit code and stderr say why.
            }
            return new Result(process.waitFor(), stdout.join(), stderr.join());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + executable, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + name, e);
        }
    }

    private static String drain(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
