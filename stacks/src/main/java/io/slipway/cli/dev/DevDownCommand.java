package io.slipway.cli.dev;

import io.slipway.ephemeral.EphemeralEnvironments;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code slipway dev down NAME}: destroys an ephemeral environment, its stack and its file. */
@Command(name = "down", mixinStandardHelpOptions = true,
        description = "Destroys an ephemeral environment (load balancers first), removes its stack and its file.")
final class DevDownCommand extends DevCommand.Subcommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The ephemeral environment.")
    String name;

    @Option(names = "--if-exists", description = "Succeed with nothing to do when NAME has neither a file here nor a stack "
            + "(a teardown job for something that may never have been made). A stack that is not ephemeral is still refused.")
    boolean ifExists;

    DevDownCommand(DevFactory factory) {
        super(factory);
    }

    @Override
    int run(EphemeralEnvironments environments, PrintWriter out) {
        if (ifExists && !environments.exists(name)) {
            out.println("No ephemeral environment " + name + " (no file here, no stack): nothing to destroy.");
            return 0;
        }
        environments.down(name);
        return 0;
    }
}
