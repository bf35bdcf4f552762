package io.slipway.cli.dev;

import io.slipway.ephemeral.EphemeralEnvironments;
import io.slipway.ops.cli.OperationOutcome;
import io.slipway.ops.cli.ProjectDirectory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code slipway dev}: ephemeral environments, children of a long-lived environment that share its
 * network, zone, key and backups bucket and destroy themselves when their time is up.
 * Exit codes: 0 done, 1 an operation failed, 2 refused or a user mistake; never a stack trace.
 */
@Command(name = "dev", mixinStandardHelpOptions = true,
        description = "Ephemeral environments: up, list, extend, down, reap (see docs/ephemeral.md).")
public final class DevCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Registers {@code dev} and its subcommands under the root command. */
    public static CommandLine register(CommandLine root, DevFactory factory) {
        return root.addSubcommand(new CommandLine(new DevCommand())
                .addSubcommand(new DevUpCommand(factory))
                .addSubcommand(new DevListCommand(factory))
                .addSubcommand(new DevExtendCommand(factory))
                .addSubcommand(new DevDownCommand(factory))
                .addSubcommand(new DevReapCommand(factory))
                .addSubcommand(new DevStandbyCommand(factory)));
    }

    /** What every dev subcommand shares: options, wiring and the mapping of failures to exit codes. */
    abstract static class Subcommand implements Callable<Integer> {
        static final int FAILED = OperationOutcome.FAILED;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--project-dir", defaultValue = "${sys:slipway.home:-.}", paramLabel = "DIR",
                description = "The Slipway checkout: Pulumi.yaml and environments/ (default: ${DEFAULT-VALUE}).")
        Path projectDir;

        @Option(names = {"-y", "--yes"}, description = "Apply without asking for confirmation.")
        boolean yes;

        @Option(names = "--secrets-provider", defaultValue = "${env:SLIPWAY_SECRETS_PROVIDER}", paramLabel = "URL",
                description = "Secrets provider of a new stack, e.g. awskms://alias/slipway/pulumi-secrets?region=eu-west-1 "
                        + "(default: $SLIPWAY_SECRETS_PROVIDER, else the backend's default).")
        String secretsProvider;

        private final DevFactory factory;

        Subcommand(DevFactory factory) {
            this.factory = factory;
        }

        abstract int run(EphemeralEnvironments environments, PrintWriter out);

        EphemeralEnvironments environments(PrintWriter out) {
            return factory.create(projectDir, secretsProvider, yes, out);
        }

        @Override
        public final Integer call() {
            return OperationOutcome.of(spec, out -> {
                ProjectDirectory.require(projectDir);
                return run(environments(out), out);
            });
        }
    }
}
