package io.slipway.cli.bootstrap;

import io.slipway.cli.SlipwayCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code slipway bootstrap aws|gcp}: the Pulumi state storage, before the first stack. */
@Command(name = "bootstrap", mixinStandardHelpOptions = true,
        description = "Creates the storage Pulumi keeps stack state in (a bucket) and the KMS key of the stacks' "
                + "secrets provider, then prints the `pulumi login` and `pulumi stack init` lines to use.",
        subcommands = {BootstrapAwsCommand.class, BootstrapGcpCommand.class})
public final class BootstrapCommand implements Runnable {
    @ParentCommand
    SlipwayCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "choose a cloud: 'slipway bootstrap aws ...' or 'slipway bootstrap gcp ...'");
    }

    /** Bootstraps {@code target} for one cloud's subcommand, printing to its streams; returns the exit code. */
    int run(StateTarget target, StateBucketOptions options, CommandLine subcommand) {
        var out = subcommand.getOut();
        try {
            return new BootstrapRun(root.services(), out, subcommand.getErr()).run(target, options.plan, options.yes);
        } finally {
            out.flush();
        }
    }
}
