package io.slipway;

/**
 * Entry point of the one jar. Run by Pulumi ({@code runtime: java, options.binary}), it runs the
 * platform program; run by a person through {@code ./slipway}, it is the command line.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0 && System.getenv("PULUMI_MONITOR") != null) {
            io.slipway.platform.PulumiEntryPoint.run();
            return;
        }
        System.exit(io.slipway.cli.SlipwayCommand.execute(args));
    }
}
