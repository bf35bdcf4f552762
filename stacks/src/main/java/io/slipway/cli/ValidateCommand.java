package io.slipway.cli;

import io.slipway.model.LoadedEnvironment;
import io.slipway.plan.OfflinePlanner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code slipway validate <stack>|--all}: the environment's checks alone, nothing is planned. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a stack's environment file with the same rules as `pulumi up` and prints every "
                + "problem (file, key path, what is valid) and warning.")
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
        return stacks.forEach(spec, environments.stackFiles(root.services()), (stack, stackFile) -> {
            LoadedEnvironment loaded = planner.validate(stackFile);
            var out = spec.commandLine().getOut();
            loaded.warnings().forEach(w -> out.println("warning: " + w.render()));
            out.println(loaded.source() + ": valid" + (loaded.warnings().isEmpty() ? "" : " (" + loaded.warnings().size() + " warnings)"));
            out.flush();
            return 0;
        });
    }
}
