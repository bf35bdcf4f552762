package io.slipway.ops.cli;

import io.slipway.ops.Ops;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Shared behaviour of the operational commands: the environment each acts on (the ENV parameter),
 * the project directory and {@code --yes} options, and the exit codes. 0: done. 1: an operation or
 * a check failed. 2: refused, or a user mistake (picocli's own usage errors exit 2 as well). Never
 * a stack trace.
 */
abstract class OpsCommand implements Callable<Integer> {
    static final int FAILED = OperationOutcome.FAILED;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ENV", description = "The environment (stack) name.")
    String environment;

    @Option(names = "--project-dir", defaultValue = "${sys:slipway.home:-.}", paramLabel = "DIR",
            description = "The Slipway checkout: Pulumi.yaml and environments/ (default: ${DEFAULT-VALUE}).")
    Path projectDir;

    @Option(names = {"-y", "--yes"}, description = "Apply without asking for confirmation.")
    boolean yes;

    private final OpsFactory factory;

    OpsCommand(OpsFactory factory) {
        this.factory = factory;
    }

    /** Does the work; returns the exit code. */
    abstract int run(Ops ops, PrintWriter out);

    @Override
    public final Integer call() {
        return OperationOutcome.of(spec, out -> run(factory.create(ProjectDirectory.require(projectDir), out), out));
    }

    /** Picocli converter for {@code 10m}, {@code 90s}, {@code 1h30m}. */
    static final class DurationConverter implements CommandLine.ITypeConverter<java.time.Duration> {
        @Override
        public java.time.Duration convert(String value) {
            try {
                return io.slipway.ops.Durations.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
