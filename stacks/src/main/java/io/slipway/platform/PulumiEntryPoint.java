package io.slipway.platform;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import io.slipway.model.loading.EnvironmentLoader;
import io.slipway.model.loading.InvalidEnvironmentException;
import io.slipway.model.loading.Problem;
import io.slipway.model.team.InvalidTeamsException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

/** What {@code pulumi up -s <stack>} runs: the stack's config, validated, then the program. */
public final class PulumiEntryPoint {
    private PulumiEntryPoint() {}

    public static void run() {
        Pulumi.run(PulumiEntryPoint::program);
    }

    /**
     * Validates the stack's {@code slipway:environment} and defines the platform. An invalid
     * environment is logged problem by problem as errors and nothing is registered; the errors make
     * the update fail with a non-zero exit, and no stack trace buries the messages.
     */
    public static void program(Context ctx) {
        // Pulumi runs the program in the project directory, where environments/ and teams/ live.
        program(ctx, Path.of(""));
    }

    /** The program with the project directory given, so tests can point it at a project of their own. */
    public static void program(Context ctx, Path projectRoot) {
        String source = "environments/Pulumi." + ctx.stackName() + ".yaml";
        var json = ctx.config("slipway").get("environment");
        if (json.isEmpty()) {
            ctx.log().error(source + ": config." + EnvironmentLoader.CONFIG_KEY
                    + ": missing: the stack config must hold the environment object; nothing was registered");
            return;
        }
        try {
            // The providers' regions, so a stack whose aws:region disagrees with the environment's is refused here too.
            var regions = new TreeMap<String, String>();
            ctx.config("aws").get("region").ifPresent(region -> regions.put("aws:region", region));
            ctx.config("gcp").get("region").ifPresent(region -> regions.put("gcp:region", region));
            var loaded = SpecRules.loader().fromConfigJson(json.get(), source, regions);
            loaded.warnings().forEach(w -> ctx.log().warn(w.render()));
            var teams = ProjectTeams.load(projectRoot).placedIn(ctx.stackName(), loaded.spec());
            PlatformProgram.define(ctx, loaded.spec(), teams);
        } catch (InvalidEnvironmentException e) {
            logInvalid(ctx, "the environment is invalid", e.problems());
        } catch (InvalidTeamsException e) {
            logInvalid(ctx, "the team files are invalid", e.problems());
        }
    }

    private static void logInvalid(Context ctx, String what, List<Problem> problems) {
        problems.forEach(p -> ctx.log().error(p.render()));
        int count = problems.size();
        ctx.log().error(what + " (" + count + (count == 1 ? " problem" : " problems") + "); nothing was registered");
    }
}
