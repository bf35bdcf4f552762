package io.slipway.platform;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import io.slipway.model.EnvironmentLoader;
import io.slipway.model.InvalidEnvironmentException;
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
            PlatformProgram.define(ctx, loaded.spec());
        } catch (InvalidEnvironmentException e) {
            e.problems().forEach(p -> ctx.log().error(p.render()));
            int count = e.problems().size();
            ctx.log().error("the environment is invalid (" + count + (count == 1 ? " problem" : " problems")
                    + "); nothing was registered");
        }
    }
}
