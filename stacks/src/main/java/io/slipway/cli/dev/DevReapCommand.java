package io.slipway.cli.dev;

import io.slipway.ephemeral.EphemeralEnvironments;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code slipway dev reap}: destroys every expired ephemeral environment; for a scheduled job. */
@Command(name = "reap", mixinStandardHelpOptions = true,
        description = {"Destroys every expired ephemeral environment, and nothing else. Safe to re-run after an interruption.",
                "Exits 1 when any destroy failed (the others still ran), a child's expiry cannot be read, or the backend cannot be searched."})
final class DevReapCommand extends DevCommand.Subcommand {
    @Option(names = "--dry-run", description = "Only list what would be destroyed.")
    boolean dryRun;

    DevReapCommand(DevFactory factory) {
        super(factory);
    }

    @Override
    int run(EphemeralEnvironments environments, PrintWriter out) {
        var report = environments.reap(dryRun);
        out.println((dryRun ? "Would destroy: " : "Destroyed: ") + report.reaped() + "; not expired: " + report.kept()
                + (report.failed().isEmpty() ? "" : "; FAILED: " + report.failed().keySet())
                + (report.problems().isEmpty() ? "" : "; NOT SEARCHED: " + report.problems().size() + " (see above)"));
        return report.complete() ? 0 : FAILED;
    }
}
