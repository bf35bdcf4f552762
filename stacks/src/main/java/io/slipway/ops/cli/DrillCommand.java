package io.slipway.ops.cli;

import io.slipway.model.Tier;
import io.slipway.ops.Ops;
import io.slipway.ops.teardown.TierProtection;
import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code slipway drill}: disaster drills that prove backups and playbooks work. */
@Command(name = "drill", mixinStandardHelpOptions = true, description = "Disaster drills; see docs/runbooks/disaster-recovery.md.")
public final class DrillCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "cluster-loss", mixinStandardHelpOptions = true,
            description = "Back up a slot with Velero, destroy it, recreate it, restore the backup, verify; report each phase's time.")
    static final class ClusterLoss extends OpsCommand {
        @Option(names = "--slot", paramLabel = "SLOT", description = "The slot to lose (default: the one carrying the most traffic).")
        String slot;

        @Option(names = "--allow-tier", paramLabel = "TIER", split = ",",
                description = "Required to drill a staging- or prod-tier environment: name its tier (staging, prod).")
        Set<Tier> allowedTiers;

        @Option(names = "--allow-prod", description = "Same as --allow-tier prod.")
        boolean allowProd;

        ClusterLoss(OpsFactory factory) {
            super(factory);
        }

        @Override
        int run(Ops ops, PrintWriter out) {
            return ops.drill(yes, out).run(environment, slot, TierProtection.allowed(allowedTiers, allowProd)).passed() ? 0 : FAILED;
        }
    }
}
