package io.slipway.ops.tools;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One run of an external CLI.
 *
 * @param command          the program (found on the runner's PATH) and its arguments
 * @param environment      extra environment variables ({@code KUBECONFIG}); @default none
 * @param workingDirectory where it runs; @default null (the runner's own)
 * @param timeout          how long it may run before it is stopped; @default {@link #DEFAULT_TIMEOUT}
 * @param outputLines      receives each line of standard output as it is printed (progress);
 *                         @default none (the output is only collected)
 * @param standardInput    written to the program's standard input, then closed: how a secret reaches a
 *                         CLI without appearing on a command line other users can read; @default none
 */
public record Invocation(List<String> command, Map<String, String> environment, Path workingDirectory, Duration timeout,
                         Consumer<String> outputLines, String standardInput) {
    /** Enough for any read or delete the ops commands run with kubectl, aws, gcloud or helm. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    public Invocation {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("an invocation needs a positive timeout: every wait ends");
        }
    }

    public Invocation(List<String> command, Map<String, String> environment, Path workingDirectory, Duration timeout,
                      Consumer<String> outputLines) {
        this(command, environment, workingDirectory, timeout, outputLines, null);
    }

    public static Invocation of(List<String> command) {
        return new Invocation(command, Map.of(), null, DEFAULT_TIMEOUT, null);
    }

    public static Invocation of(List<String> command, Map<String, String> environment) {
        return new Invocation(command, environment, null, DEFAULT_TIMEOUT, null);
    }

    public Invocation in(Path directory) {
        return new Invocation(command, environment, directory, timeout, outputLines, standardInput);
    }

    public Invocation within(Duration limit) {
        return new Invocation(command, environment, workingDirectory, limit, outputLines, standardInput);
    }

    public Invocation streaming(Consumer<String> lines) {
        return new Invocation(command, environment, workingDirectory, timeout, lines, standardInput);
    }

    public Invocation withInput(String text) {
        return new Invocation(command, environment, workingDirectory, timeout, outputLines, text);
    }

    /** The command as one line, for messages. */
    public String commandLine() {
        return String.join(" ", command);
    }
}
