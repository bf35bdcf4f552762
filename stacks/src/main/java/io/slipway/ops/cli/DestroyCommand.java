package io.slipway.ops.cli;

import io.slipway.model.Tier;
import io.slipway.ops.Ops;
import io.slipway.ops.teardown.TierProtection;
import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code slipway destroy <env>}: everything but the protected foundation, load balancers first. */
@Command(name = "destroy", mixinStandardHelpOptions = true,
        description = {"Destroy an environment's clusters and network, keeping the protected foundation (zone, KMS key, backups bucket).",
                "Load balancers are removed and confirmed gone in the cloud before anything else is destroyed."})
public final class DestroyCommand extends OpsCommand {
    @Option(names = "--allow-tier", paramLabel = "TIER", split = ",",
            description = "Required to destroy a staging- or prod-tier environment: name its tier (staging, prod).")
    Set<Tier> allowedTiers;

    @Option(names = "--allow-prod", description = "Same as --allow-tier prod.")
    boolean allowProd;

    public DestroyCommand(OpsFactory factory) {
        super(factory);
    }

    @Override
    int run(Ops ops, PrintWriter out) {
        ops.destroyer(yes, out).destroy(environment, TierProtection.allowed(allowedTiers, allowProd));
        return 0;
    }
}
