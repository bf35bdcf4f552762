package io.slipway.cli;

import io.slipway.model.Tier;
import io.slipway.plan.OfflinePlanner;
import io.slipway.plan.Plan;
import io.slipway.review.BasePlans;
import io.slipway.review.ExternalTool;
import io.slipway.review.GitRevisions;
import io.slipway.review.diff.DiffJson;
import io.slipway.review.diff.DiffText;
import io.slipway.review.diff.PlanDiff;
import io.slipway.review.diff.ReplacementRules;
import io.slipway.review.diff.ResourceChange;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code slipway diff <stack>}: what a change does to the offline plan, replacements and protected resources flagged. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compares the offline plan of a stack at a git ref (default origin/main, else HEAD) with the working tree: "
                + "resources added, deleted, updated and replaced, each changed input with its old and new value (secrets masked), "
                + "grouped by component.",
                "--base plans the environment file as it was at REF with this checkout's code; --base-plan compares with a plan "
                        + "file another build wrote (how CI shows code changes).",
                "Exit codes: 0 no changes, 3 changes, 4 changes that need care (a protected resource replaced or deleted, "
                        + "a prod foundation change), 2 a user mistake, 1 an internal error."})
final class DiffCommand implements Callable<Integer> {
    @ParentCommand
    SlipwayCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<stack>", description = "The stack, e.g. dev for environments/Pulumi.dev.yaml.")
    String stack;

    @ArgGroup(exclusive = true)
    BaseOption base;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write every change as JSON to FILE.")
    Path json;

    @Mixin
    EnvironmentsOption environments;

    /** Where the "before" comes from. */
    static final class BaseOption {
        @Option(names = "--base", paramLabel = "REF", description = "The git ref to compare with (default: origin/main, else HEAD).")
        String ref;

        @Option(names = "--base-plan", paramLabel = "FILE", description = "A plan JSON (`slipway plan --json`) to compare with.")
        Path planFile;
    }

    @Override
    public Integer call() throws IOException {
        Path stackFile = environments.stackFiles(root.services()).fileOf(stack);
        JsonOutput.requireDirectory("--json", json);
        var planner = new OfflinePlanner(root.services().platformProgram());
        boolean prod = planner.validate(stackFile).spec().tier() == Tier.PROD;
        Plan head = planner.plan(stack, stackFile);
        BasePlans.Base before = basePlans(planner).resolve(stack, stackFile, base == null ? null : base.ref,
                base == null ? null : base.planFile);
        List<ResourceChange> changes = new PlanDiff(ReplacementRules.shipped()).diff(before.plan(), head, prod);
        var out = spec.commandLine().getOut();
        out.print(new DiffText().render("Diff of " + stack + ": " + before.description() + " -> the working tree", changes));
        if (json != null) {
            JsonOutput.write(json, new DiffJson().toJson(stack, before.description(), changes));
            out.println("Wrote the changes as JSON to " + json);
        }
        out.flush();
        if (changes.isEmpty()) {
            return 0;
        }
        return changes.stream().anyMatch(c -> !c.loud().isEmpty()) ? CliErrorHandler.ATTENTION : CliErrorHandler.FINDINGS;
    }

    static BasePlans basePlans(OfflinePlanner planner) {
        return new BasePlans(planner, new GitRevisions(new ExternalTool("git", System.getenv())));
    }
}
