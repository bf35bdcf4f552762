package io.slipway.ops.cli;

import io.slipway.ops.Ops;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code slipway destroy <env>}: everything but the protected foundation, load balancers first. */
@Command(name = "destroy", mixinStandardHelpOptions = true,
        description = {"Destroy an environment's clusters and network, keeping the protected foundation (zone, KMS key, backups bucket).",
                "Load balancers are removed and confirmed gone in the cloud before anything else is destroyed."})
public final class DestroyCommand extends OpsCommand {
    @Option(names = "--allow-prod", description = "Required to destroy a prod-tier environment.")
    boolean allowProd;

    public DestroyCommand(OpsFactory factory) {
        super(factory);
    }

    @Override
    int run(Ops ops, PrintWriter out) {
        ops.destroyer(yes, out).destroy(environment, allowProd);
        return 0;
    }
}
