package io.slipway.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code slipway} command line. (Skeleton: subcommands come with the plan work.) */
@Command(name = "slipway", mixinStandardHelpOptions = true, version = "slipway 0.1.0",
        description = "Builds Kubernetes platforms on AWS and GCP with Pulumi.")
public final class SlipwayCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static int execute(String... args) {
        return new CommandLine(new SlipwayCommand()).execute(args);
    }
}
