package io.slipway.cli.bootstrap;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    StateBucketOptions state;

    @Override
    public Integer call() {
        return bootstrap.run(new AwsStateTarget(region, state.bucket), state, spec.commandLine());
    }
}
