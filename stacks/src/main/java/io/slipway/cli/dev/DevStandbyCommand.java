package io.slipway.cli.dev;

import io.slipway.ephemeral.EphemeralEnvironments;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code slipway dev standby --from PARENT}: keeps the parent's standbys deployed, for {@code dev up} to claim. */
@Command(name = "standby", mixinStandardHelpOptions = true,
        description = {"Keeps PARENT's standby children deployed (its ephemeralPolicy.standby): dev up claims one instead of "
                + "creating a cluster, so it is ready in 2-3 minutes. Resumes a standby whose deploy did not complete and "
                + "replaces those claimed or reaped. For a scheduled job, after dev reap."})
final class DevStandbyCommand extends DevCommand.Subcommand {
    @Option(names = "--from", required = true, paramLabel = "PARENT", description = "The long-lived environment whose standbys to keep.")
    String parent;

    @Option(names = "--owner", defaultValue = "${env:SLIPWAY_OWNER}", paramLabel = "EMAIL",
            description = "Who answers for the standbys until they are claimed (default: $SLIPWAY_OWNER).")
    String owner;

    DevStandbyCommand(DevFactory factory) {
        super(factory);
    }

    @Override
    int run(EphemeralEnvironments environments, PrintWriter out) {
        environments.standby(parent, owner);
        return 0;
    }
}
