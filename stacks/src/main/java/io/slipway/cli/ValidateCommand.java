package io.slipway.cli;

import io.slipway.model.loading.LoadedEnvironment;
import io.slipway.model.team.TeamCatalog;
import io.slipway.model.team.TeamSpec;
import io.slipway.plan.OfflinePlanner;
import io.slipway.platform.ProjectTeams;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code slipway validate <stack>|--all}: the environment's checks alone, nothing is planned. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks a stack's environment file and the team files (teams/*.yaml) with the same rules as "
                + "`pulumi up` and prints every problem (file, key path, what is valid) and warning.",
                "Then plans it offline and runs the policy checks (`slipway check`): exit code 3 when one fails."})
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    SlipwayCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    StackSelection stacks;

    @Mixin
    EnvironmentsOption environments;

    @Override
    public Integer call() throws Exception {
        var planner = new OfflinePlanner(root.services().platformProgram());
        TeamCatalog teams = root.services().teams();
        var verdict = new PlanVerdict(root.services().platformProgram());
        return stacks.forEach(spec, environments.stackFiles(root.services()), (stack, stackFile) -> {
            LoadedEnvironment loaded = planner.validate(stackFile);
            var out = spec.commandLine().getOut();
            loaded.warnings().forEach(w -> out.println("warning: " + w.render()));
            out.println(loaded.source() + ": valid" + (loaded.warnings().isEmpty() ? "" : " (" + loaded.warnings().size() + " warnings)"));
            var placed = teams.placedIn(stack, loaded.spec()).stream().map(TeamSpec::name).toList();
            out.println(ProjectTeams.DIRECTORY + "/: " + teams.teams().size() + (teams.teams().size() == 1 ? " team" : " teams")
                    + " valid; placed in " + stack + ": " + (placed.isEmpty() ? "none" : String.join(", ", placed)));
            int exitCode = verdict.print(planner.plan(stack, stackFile, loaded), loaded, out);
            out.flush();
            return exitCode;
        });
    }
}
