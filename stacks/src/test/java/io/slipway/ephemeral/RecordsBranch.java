package io.slipway.ephemeral;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A real git setting for {@code .github/scripts/ephemeral-records.sh}: a bare {@code origin} and one
 * clone per CI job (a runner's fresh checkout), each running the script as the workflows do. Git's
 * user configuration is isolated (an empty HOME), as on a runner, so the script's own identity is used.
 */
final class RecordsBranch {
    static final Path SCRIPT = Path.of("..", ".github", "scripts", "ephemeral-records.sh").toAbsolutePath().normalize();
    static final String BRANCH = "ephemeral-environments";

    final Path root;
    final Path origin;
    private final Map<String, String> environment = new HashMap<>();

    /** An origin whose main branch holds {@code seed} (a checkout with environments/), or a long-lived dev file. */
    RecordsBranch(Path root, Path seed) {
        this.root = root;
        this.origin = root.resolve("origin.git");
        environment.put("HOME", mkdirs(root.resolve("home")).toString());
        environment.put("GIT_CONFIG_NOSYSTEM", "1");
        environment.put("PATH", System.getenv("PATH"));
        if (seed == null) {
            seed = mkdirs(root.resolve("seed"));
            write(seed.resolve("environments/Pulumi.dev.yaml"), "config:\n  slipway:environment:\n    name: dev\n");
        }
        git(seed, "init", "-q", "-b", "main");
        git(seed, "add", "-A");
        git(seed, "-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-qm", "environments");
        git(root, "clone", "-q", "--bare", seed.toString(), origin.toString());
        git(seed, "remote", "add", "origin", origin.toString());
    }

    /** A new job: a fresh clone of origin. */
    Path job(String name) {
        Path dir = root.resolve(name);
        git(root, "clone", "-q", origin.toString(), dir.toString());
        return dir;
    }

    /** Sets an environment variable for every later run of the script. */
    void set(String name, String value) {
        environment.put(name, value);
    }

    /** Runs the script in {@code job} with {@code args}; throws unless it exits 0. */
    String records(Path job, String... args) {
        Result result = run(job, args);
        if (result.exitCode() != 0) {
            throw new AssertionError("ephemeral-records.sh " + String.join(" ", args) + " exited " + result.exitCode()
                    + ":\n" + result.output());
        }
        return result.output();
    }

    Result run(Path job, String... args) {
        var command = new ArrayList<String>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        return exec(job, command);
    }

    /** The records branch on origin: file name under environments/ to its text; empty when there is no branch. */
    Map<String, String> branch() {
        var files = new TreeMap<String, String>();
        if (exec(origin, List.of("git", "rev-parse", "-q", "--verify", "refs/heads/" + BRANCH)).exitCode() != 0) {
            return files;
        }
        for (String path : git(origin, "ls-tree", "-r", "--name-only", BRANCH).lines().toList()) {
            files.put(path.substring(path.lastIndexOf('/') + 1), git(origin, "show", BRANCH + ":" + path));
        }
        return files;
    }

    /** The records branch's commit subjects, newest first. */
    List<String> history() {
        return git(origin, "log", "--format=%s", BRANCH).lines().toList();
    }

    /** An ephemeral child's file as {@code slipway dev up} writes it (the parts the script looks at). */
    static String child(String name, String expiresAt) {
        return """
                # Ephemeral environment %s, written by `slipway dev up`; removed by `slipway dev down`.
                config:
                  slipway:environment:
                    name: %s
                    ephemeral:
                      parent: dev
                      owner: dev@example.com
                      expiresAt: "%s"
                """.formatted(name, name, expiresAt);
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path mkdirs(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String git(Path dir, String... args) {
        var command = new ArrayList<String>(List.of("git"));
        command.addAll(List.of(args));
        Result result = exec(dir, command);
        if (result.exitCode() != 0) {
            throw new AssertionError(command + " exited " + result.exitCode() + ":\n" + result.output());
        }
        return result.output();
    }

    /** Starts the script without waiting: for jobs that run at the same time. */
    Process start(Path job, String... args) {
        var command = new ArrayList<String>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        try {
            return builder(job, command).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Result await(Process process) {
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out:\n" + output);
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private Result exec(Path dir, List<String> command) {
        try {
            return await(builder(dir, command).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProcessBuilder builder(Path dir, List<String> command) {
        var builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        return builder;
    }

    /** A finished run: its exit code and its standard output and error, interleaved. */
    record Result(int exitCode, String output) {}
}
