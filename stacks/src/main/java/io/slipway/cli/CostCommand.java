package io.slipway.cli;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.loading.LoadedEnvironment;
import io.slipway.plan.OfflinePlanner;
import io.slipway.plan.Plan;
import io.slipway.review.BasePlans;
import io.slipway.review.cost.CostEstimate;
import io.slipway.review.cost.CostModel;
import io.slipway.review.cost.CostText;
import io.slipway.review.cost.PriceTable;
import io.slipway.review.graph.PlanGraph;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code slipway cost ENV|--all [--diff REF]}: the monthly estimate of the offline plan from the dated price table. */
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = {"Estimates what a stack costs per month from its offline plan and the dated price table shipped with "
                + "Slipway: per section and item at the node pools' minimum, desired and maximum sizes, ending with "
                + "'Total: $N per month' at the desired size. Data transfer, requests and storage that grows with use are left out.",
                "--diff REF shows the monthly change against the stack at a git ref (--diff-plan FILE: against a plan file)."})
final class CostCommand implements Callable<Integer> {
    @ParentCommand
    SlipwayCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    StackSelection stacks;

    @Mixin
    EnvironmentsOption environments;

    @ArgGroup(exclusive = true)
    DiffOption diff;

    /** What to compare with. */
    static final class DiffOption {
        @Option(names = "--diff", paramLabel = "REF", description = "Show the monthly change against the stack at this git ref.")
        String ref;

        @Option(names = "--diff-plan", paramLabel = "FILE", description = "Show the monthly change against this plan JSON.")
        Path planFile;
    }

    @Override
    public Integer call() throws Exception {
        if (diff != null && diff.planFile != null && stacks.all()) {
            throw new UserMistakeException("--diff-plan compares one stack; name it instead of --all");
        }
        var planner = new OfflinePlanner(root.services().platformProgram());
        var model = new CostModel(PriceTable.shipped());
        var out = spec.commandLine().getOut();
        return stacks.forEach(spec, environments.stackFiles(root.services()), (stack, file) -> {
            LoadedEnvironment loaded = planner.validate(file);
            EnvironmentSpec env = loaded.spec();
            String cloud = env.cloud().name().toLowerCase(Locale.ROOT);
            CostEstimate now = model.estimate(stack, cloud, env.region(), new PlanGraph(planner.plan(stack, file, loaded).resources()));
            if (diff == null) {
                out.print(new CostText().render(now));
            } else {
                BasePlans.Base base = DiffCommand.basePlans(planner).resolve(stack, file, diff.ref, diff.planFile);
                Plan before = base.plan();
                out.print(new CostText().renderDelta(model.estimate(stack, cloud, env.region(), new PlanGraph(before.resources())), now,
                        base.description()));
            }
            out.flush();
            return 0;
        });
    }
}
