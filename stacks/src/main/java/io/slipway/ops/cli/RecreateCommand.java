package io.slipway.ops.cli;

import io.slipway.ops.Ops;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code slipway recreate <env>}: apply the committed config, then smoke-check every slot. */
@Command(name = "recreate", mixinStandardHelpOptions = true,
        description = "Build an environment from its committed config (pulumi up), then run the smoke checks on every slot. Exits 1 when a check fails.")
public final class RecreateCommand extends OpsCommand {
    public RecreateCommand(OpsFactory factory) {
        super(factory);
    }

    @Override
    int run(Ops ops, PrintWriter out) {
        return ops.destroyer(yes, out).recreate(environment) ? 0 : FAILED;
    }
}
