package io.slipway.ops.tools;

import io.slipway.ops.OperationFailedException;
import java.util.List;
import java.util.Map;

/** Runs an external CLI (kubectl, helm, aws, gcloud, velero) and collects what it printed. */
@FunctionalInterface
public interface CommandRunner {
    /**
     * @param command     the program and its arguments
     * @param environment extra environment variables ({@code KUBECONFIG})
     */
    CommandOutput run(List<String> command, Map<String, String> environment);

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
        public String orFail(List<String> command) {
            if (!succeeded()) {
                throw new OperationFailedException(String.join(" ", command) + " exited with " + exitCode + ": " + stderr.strip());
            }
            return stdout;
        }
    }
}
