package io.slipway.cli;

import io.slipway.plan.StackFiles;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Which stacks {@code plan}, {@code validate}, {@code check} and {@code cost} work on: the one named, or
 * with {@code --all} every stack of the environments directory, in one process (one JVM start, one
 * warm engine, instead of one per stack).
 * Under {@code --all} each stack's output is exactly what the command prints for it alone, after a
 * {@code == <stack> ==} heading; a stack that fails reports its error as it would alone and the others
 * still run; the exit code is the worst of them: an internal error (1), then an invalid input (2),
 * then a finding that needs care (4), then a failed check or a change (3), then success (0).
 */
public final class StackSelection {
    /** Exit codes from least to most severe; any other code ranks above them all. */
    private static final List<Integer> SEVERITY = List.of(0, 3, 4, 2, 1);

    @Parameters(index = "0", arity = "0..1", paramLabel = "<stack>",
            description = "The stack, e.g. dev for environments/Pulumi.dev.yaml.")
    String stack;

    @Option(names = "--all", description = "Every stack in the environments directory, one after another in one process.")
    boolean all;

    /** What a command does for one stack; its exit code. */
    @FunctionalInterface
    public interface PerStack {
        int run(String stack, Path stackFile) throws Exception;
    }

    /** True when {@code --all} was given. */
    public boolean all() {
        return all;
    }

    /** Runs {@code command} on the selected stacks of {@code files}; the worst exit code. */
    public int forEach(CommandSpec spec, StackFiles files, PerStack command) throws Exception {
        if (all == (stack != null)) {
            throw new UserMistakeException(all
                    ? "give either a <stack> or --all, not both"
                    : "missing the <stack> (one of " + String.join(", ", files.stacks()) + "), or --all for every stack");
        }
        if (!all) {
            return command.run(stack, files.fileOf(stack));
        }
        List<String> stacks = files.stacks();
        if (stacks.isEmpty()) {
            throw new UserMistakeException("--all: no Pulumi.<stack>.yaml files in " + files.directory());
        }
        var handler = new CliErrorHandler();
        var out = spec.commandLine().getOut();
        int worst = 0;
        for (String each : stacks) {
            out.println("== " + each + " ==");
            out.flush();
            int exitCode;
            try {
                exitCode = command.run(each, files.fileOf(each));
            } catch (RuntimeException e) {
                exitCode = handler.handleExecutionException(e, spec.commandLine(), spec.commandLine().getParseResult());
            }
            worst = rank(exitCode) > rank(worst) ? exitCode : worst;
        }
        return worst;
    }

    private static int rank(int exitCode) {
        int rank = SEVERITY.indexOf(exitCode);
        return rank < 0 ? SEVERITY.size() : rank;
    }
}
