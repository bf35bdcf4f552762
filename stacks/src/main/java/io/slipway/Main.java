package io.slipway;

import io.slipway.cli.SlipwayCommand;
import io.slipway.platform.PulumiEntryPoint;

/**
 * Entry point of the one jar. Run by Pulumi ({@code runtime: java, options.binary}: no arguments,
 * and the engine's address in {@code PULUMI_MONITOR}), it runs the platform program; run by a
 * person through {@code ./slipway}, it is the command line.
 */
public final class Main {
    /**
     * The common pool's size, read once when the pool is first used. The JDK sizes it one below the
     * CPU count: on one or two CPUs that is one, and then {@code CompletableFuture} starts a new
     * thread for every async task, and under Java 25 the Pulumi SDK's default runner (which
     * re-schedules itself on the pool until the program's work drains) starves a one-thread pool,
     * so {@code pulumi up} would never finish. A user's {@code -D} setting wins.
     */
    static final String COMMON_POOL_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";
    static final int MIN_COMMON_POOL_PARALLELISM = 4;

    private Main() {}

    public static void main(String[] args) {
        System.setProperty(COMMON_POOL_PARALLELISM,
                commonPoolParallelism(System.getProperty(COMMON_POOL_PARALLELISM), Runtime.getRuntime().availableProcessors()));
        if (args.length == 0 && System.getenv("PULUMI_MONITOR") != null) {
            PulumiEntryPoint.run();
            return;
        }
        System.exit(SlipwayCommand.execute(args));
    }

    /** The user's setting if there is one, else the JDK's own size but never below four threads. */
    static String commonPoolParallelism(String configured, int cpus) {
        return configured != null ? configured : Integer.toString(Math.max(MIN_COMMON_POOL_PARALLELISM, cpus - 1));
    }
}
