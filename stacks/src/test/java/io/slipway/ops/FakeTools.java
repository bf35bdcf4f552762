package io.slipway.ops;

import io.slipway.ops.tools.ProcessCommandRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The recording fake executables of src/test/resources/fake-tools (pulumi, kubectl, aws, gcloud,
 * helm, velero), copied into a temporary bin directory that goes first on the PATH of a
 * {@link ProcessCommandRunner}, with their state directory. Needs only bash and coreutils, grep,
 * sed and awk.
 */
public final class FakeTools {
    private static final List<String> TOOLS = List.of("pulumi", "kubectl", "aws", "gcloud", "helm", "velero", "common.sh",
            "foundation.jsonl", "slot.jsonl");
    public final Path bin;
    public final Path state;

    public FakeTools(Path root, String... stacks) {
        try {
            bin = Files.createDirectories(root.resolve("fake-bin"));
            state = Files.createDirectories(root.resolve("fake-state"));
            for (String tool : TOOLS) {
                Path copy = bin.resolve(tool);
                Files.copy(Path.of("src/test/resources/fake-tools", tool), copy);
                copy.toFile().setExecutable(true);
            }
            Files.writeString(state.resolve("stacks"), String.join("\n", stacks) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A runner whose PATH holds the fakes and the system's basic tools, nothing else. */
    public ProcessCommandRunner runner() {
        return runner(bin + ":/usr/bin:/bin");
    }

    public ProcessCommandRunner runner(String path) {
        return new ProcessCommandRunner(Map.of("PATH", path, "FAKE_STATE", state.toString(), "HOME", state.toString()));
    }

    /** Every call so far, each as its argv (tool first). */
    public List<List<String>> calls() {
        return lines("calls.log").stream().map(line -> Arrays.asList(line.split("\t"))).toList();
    }

    public List<String> lines(String file) {
        try {
            Path path = state.resolve(file);
            return Files.exists(path) ? Files.readAllLines(path) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FakeTools write(String file, String content) {
        try {
            Files.writeString(state.resolve(file), content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int callCount() {
        return calls().size();
    }
}
