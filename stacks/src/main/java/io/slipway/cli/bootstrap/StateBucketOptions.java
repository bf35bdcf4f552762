package io.slipway.cli.bootstrap;

import picocli.CommandLine.Option;

/**
 * The options every {@code slipway bootstrap <cloud>} takes besides where to create the storage:
 * the bucket's name, and whether to ask first or only show the plan. A mixin, declared after each
 * cloud's own options so that usage errors list the options in the same order as before.
 */
final class StateBucketOptions {
    @Option(names = "--bucket", required = true, paramLabel = "NAME", description = "Name of the state bucket (globally unique).")
    String bucket;

    @Option(names = "--yes", description = "Do not ask for confirmation.")
    boolean yes;

    @Option(names = "--plan", description = "Only show what would be created, offline; needs no credentials.")
    boolean plan;
}
