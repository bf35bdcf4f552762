package io.slipway.ops.tools;

import io.slipway.ops.OperationFailedException;
import java.util.List;
import java.util.Map;

/** Runs an external CLI (pulumi, kubectl, helm, aws, gcloud, velero) and collects what it printed. */
@FunctionalInterface
public interface CommandRunner {
    /**
     * Runs the invocation to its end or its timeout. A program that is not installed, or that
     * outlives its timeout, is an {@link OperationFailedException}; a non-zero exit is not (the
     * caller reads it from the result).
     */
    CommandOutput run(Invocation invocation);

    /** Runs {@code command} with the default timeout. */
    default CommandOutput run(List<String> command, Map<String, String> environment) {
        return run(Invocation.of(command, environment));
    }

    /** Runs {@code command} with the default timeout; its standard output, or a failure naming it and its error. */
    default String output(List<String> command, Map<String, String> environment) {
        Invocation invocation = Invocation.of(command, environment);
        return run(invocation).orFail(invocation);
    }

    /**
     * @param exitCode the process's exit code
     * @param stdout   what it wrote to standard output
     * @param stderr   what it wrote to standard error
     */
    record CommandOutput(int exitCode, String stdout, String stderr) {
        public boolean succeeded() {
            return exitCode == 0;
        }

        /** The output, or an {@link OperationFailedException} naming the command and its error. */
        public String orFail(Invocation invocation) {
            if (!succeeded()) {
                throw new OperationFailedException(invocation.commandLine() + " exited with " + exitCode + ": " + stderr.strip());
            }
            return stdout;
        }
    }
}
