package io.slipway.cli.dev;

import io.slipway.ephemeral.EphemeralEnvironments;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code slipway dev down NAME}: destroys an ephemeral environment, its stack and its file. */
@Command(name = "down", mixinStandardHelpOptions = true,
        description = "Destroys an ephemeral environment (load balancers first), removes its stack and its file.")
final class DevDownCommand extends DevCommand.Subcommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The ephemeral environment.")
    String name;

    DevDownCommand(DevFactory factory) {
        super(factory);
    }

    @Override
    int run(EphemeralEnvironments environments, PrintWriter out) {
        environments.down(name);
        return 0;
    }
}
