package io.slipway.cli.dev;

import io.slipway.ephemeral.EphemeralEnvironments;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code slipway dev extend NAME --ttl 4h}: a new expiry, counted from now, within the parent's maximum. */
@Command(name = "extend", mixinStandardHelpOptions = true,
        description = "Sets an ephemeral environment's expiry to now + TTL and re-tags its resources (pulumi up).")
final class DevExtendCommand extends DevCommand.Subcommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The ephemeral environment.")
    String name;

    @Option(names = "--ttl", required = true, paramLabel = "TTL", description = "Time to live from now, e.g. 4h.")
    String ttl;

    DevExtendCommand(DevFactory factory) {
        super(factory);
    }

    @Override
    int run(EphemeralEnvironments environments, PrintWriter out) {
        environments.extend(name, ttl);
        return 0;
    }
}
