package io.slipway.cli.bootstrap;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

    @Option(names = "--bucket", required = true, paramLabel = "NAME", description = "Name of the state bucket (globally unique).")
    String bucket;

    @Option(names = "--yes", description = "Do not ask for confirmation.")
    boolean yes;

    @Option(names = "--plan", description = "Only show what would be created, offline; needs no credentials.")
    boolean plan;

    @Override
    public Integer call() {
        var target = new GcpStateTarget(project, region, bucket);
        var out = spec.commandLine().getOut();
        try {
            return new BootstrapRun(bootstrap.root().services(), out, spec.commandLine().getErr()).run(target, plan, yes);
        } finally {
            out.flush();
        }
    }
}
