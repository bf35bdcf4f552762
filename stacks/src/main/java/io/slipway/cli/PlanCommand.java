package io.slipway.cli;

import io.slipway.plan.OfflinePlanner;
import io.slipway.plan.Plan;
import io.slipway.plan.PlanJsonWriter;
import io.slipway.plan.PlanTextRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code slipway plan <stack>}: what the stack would create, without credentials. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {
                "Shows what a stack would create, without cloud credentials: the real program runs on Pulumi's "
                        + "mock engine with realistic, deterministic ids and outputs.",
                "Prints the resources by parent, the counts by type, the stack outputs and the environment's warnings, "
                        + "then runs the policy checks (`slipway check`): exit code 3 when one fails."})
final class PlanCommand implements Callable<Integer> {
    @ParentCommand
    SlipwayCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<stack>", description = "The stack, e.g. dev for environments/Pulumi.dev.yaml.")
    String stack;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Also write the whole graph as JSON (stack, resources, outputs; secrets masked) to FILE.")
    Path json;

    @Option(names = "--timeline", description = "Also print the modelled time until ready and its critical path.")
    boolean timeline;

    @Mixin
    EnvironmentsOption environments;

    @Override
    public Integer call() throws IOException {
        Path stackFile = environments.stackFiles(root.services()).fileOf(stack);
        JsonOutput.requireDirectory("--json", json);
        root.services().teams(); // bad team files are reported like a bad environment, before anything runs
        var planner = new OfflinePlanner(root.services().platformProgram());
        Plan plan = planner.plan(stack, stackFile);
        var out = spec.commandLine().getOut();
        out.print(new PlanTextRenderer().render(plan));
        if (timeline) {
            out.print(new io.slipway.plan.timeline.TimelineRenderer().render(plan));
        }
        if (json != null) {
            new PlanJsonWriter().write(plan, json);
            out.println("Wrote the plan as JSON to " + json);
        }
        int exitCode = CheckCommand.gate(root.services(), plan, planner.validate(stackFile), out);
        out.flush();
        return exitCode;
    }
}
