package io.slipway.cli.bootstrap;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code slipway bootstrap aws}: state in S3, secrets under KMS. */
@Command(name = "aws", mixinStandardHelpOptions = true,
        description = "Creates an S3 bucket for Pulumi state and a KMS key for stack secrets in your AWS account.")
final class BootstrapAwsCommand implements Callable<Integer> {
    @ParentCommand
    BootstrapCommand bootstrap;

    @Spec
    CommandSpec spec;

    @Option(names = "--region", required = true, paramLabel = "REGION", description = "AWS region, e.g. eu-west-1.")
    String region;

    @Option(names = "--bucket", required = true, paramLabel = "NAME", description = "Name of the state bucket (globally unique).")
    String bucket;

    @Option(names = "--yes", description = "Do not ask for confirmation.")
    boolean yes;

    @Option(names = "--plan", description = "Only show what would be created, offline; needs no credentials.")
    boolean plan;

    @Override
    public Integer call() {
        var target = new AwsStateTarget(region, bucket);
        var out = spec.commandLine().getOut();
        try {
            return new BootstrapRun(bootstrap.root().services(), out, spec.commandLine().getErr()).run(target, plan, yes);
        } finally {
            out.flush();
        }
    }
}
