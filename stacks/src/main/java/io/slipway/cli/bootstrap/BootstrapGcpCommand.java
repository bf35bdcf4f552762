package io.slipway.cli.bootstrap;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code slipway bootstrap gcp}: state in GCS, secrets under Cloud KMS. */
@Command(name = "gcp", mixinStandardHelpOptions = true,
        description = "Creates a GCS bucket for Pulumi state and a Cloud KMS key for stack secrets in your GCP project.")
final class BootstrapGcpCommand implements Callable<Integer> {
    @ParentCommand
    BootstrapCommand bootstrap;

    @Spec
    CommandSpec spec;

    @Option(names = "--project", required = true, paramLabel = "PROJECT", description = "GCP project id.")
    String project;

    @Option(names = "--region", required = true, paramLabel = "REGION", description = "GCP region, e.g. europe-west1.")
    String region;

    @Mixin
    StateBucketOptions state;

    @Override
    public Integer call() {
        return bootstrap.run(new GcpStateTarget(project, region, state.bucket), state, spec.commandLine());
    }
}
