package io.slipway;

import io.slipway.cli.SlipwayCommand;
import io.slipway.platform.PulumiEntryPoint;

/**
 * Entry point of the one jar. Run by Pulumi ({@code runtime: java, options.binary}: no arguments,
 * and the engine's address in {@code PULUMI_MONITOR}), it runs the platform program; run by a
 * person through {@code ./slipway}, it is the command line.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0 && System.getenv("PULUMI_MONITOR") != null) {
            PulumiEntryPoint.run();
            return;
        }
        System.exit(SlipwayCommand.execute(args));
    }
}
