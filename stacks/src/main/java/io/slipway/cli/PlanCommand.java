package io.slipway.cli;

import io.slipway.model.loading.LoadedEnvironment;
import io.slipway.plan.OfflinePlanner;
import io.slipway.plan.Plan;
import io.slipway.plan.PlanJsonWriter;
import io.slipway.plan.PlanTextRenderer;
import io.slipway.plan.timeline.TimelineRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code slipway plan <stack>|--all}: what a stack (or every stack) would create, without credentials. */
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

    @Mixin
    StackSelection stacks;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Also write the whole graph as JSON (stack, resources, outputs; secrets masked) to FILE; "
                    + "with --all, FILE is a directory that gets one <stack>.json per stack.")
    Path json;

    @Option(names = "--timeline", description = "Also print the modelled time until ready and its critical path.")
    boolean timeline;

    @Mixin
    EnvironmentsOption environments;

    @Override
    public Integer call() throws Exception {
        if (json != null && stacks.all()) {
            if (!Files.isDirectory(json) || !Files.isWritable(json)) {
                throw new UserMistakeException("--json " + json + ": with --all it is a directory for one <stack>.json per stack, "
                        + (Files.isDirectory(json) ? "and it cannot be written (no write permission)" : "and it does not exist"));
            }
        } else {
            JsonOutput.requireDirectory("--json", json);
        }
        root.services().teams(); // bad team files are reported like a bad environment, before anything runs
        var planner = new OfflinePlanner(root.services().platformProgram());
        var verdict = new PlanVerdict(root.services().platformProgram());
        return stacks.forEach(spec, environments.stackFiles(root.services()), (stack, stackFile) -> {
            LoadedEnvironment loaded = planner.validate(stackFile);
            Plan plan = planner.plan(stack, stackFile, loaded);
            var out = spec.commandLine().getOut();
            out.print(new PlanTextRenderer().render(plan));
            if (timeline) {
                out.print(new TimelineRenderer().render(plan));
            }
            if (json != null) {
                Path target = stacks.all() ? json.resolve(stack + ".json") : json;
                new PlanJsonWriter().write(plan, target);
                out.println("Wrote the plan as JSON to " + target);
            }
            int exitCode = verdict.print(plan, loaded, out);
            out.flush();
            return exitCode;
        });
    }
}
