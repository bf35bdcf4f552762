package io.slipway.platform;

import com.pulumi.Pulumi;
import io.slipway.model.EnvironmentLoader;
import io.slipway.model.InvalidEnvironmentException;

/** What {@code pulumi up -s <stack>} runs: the stack's config, validated, then the program. */
public final class PulumiEntryPoint {
    private PulumiEntryPoint() {}

    public static void run() {
        Pulumi.run(ctx -> {
            String json = ctx.config("slipway").require("environment");
            String source = "environments/Pulumi." + ctx.stackName() + ".yaml";
            try {
                var loaded = SpecRules.loader().fromConfigJson(json, source);
                loaded.warnings().forEach(w -> ctx.log().warn(w.render()));
                PlatformProgram.define(ctx, loaded.spec());
            } catch (InvalidEnvironmentException e) {
                e.problems().forEach(p -> ctx.log().error(p.render()));
                throw new IllegalStateException("the environment is invalid; nothing was registered", null);
            }
        });
    }
}
