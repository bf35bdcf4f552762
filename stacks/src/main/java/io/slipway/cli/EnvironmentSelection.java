package io.slipway.cli;

import io.slipway.plan.StackFiles;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ENV | --all}: the review commands act on one environment or on every one. */
final class EnvironmentSelection {
    @Parameters(index = "0", arity = "0..1", paramLabel = "<stack>", description = "The stack, e.g. dev for environments/Pulumi.dev.yaml.")
    String stack;

    @Option(names = "--all", description = "Every stack in the environments directory.")
    boolean all;

    List<String> stacks(StackFiles files) {
        if (all == (stack != null)) {
            throw new UserMistakeException("name one stack or give --all (stacks: " + String.join(", ", files.stacks()) + ")");
        }
        if (all) {
            return files.stacks();
        }
        files.fileOf(stack);
        return List.of(stack);
    }
}
