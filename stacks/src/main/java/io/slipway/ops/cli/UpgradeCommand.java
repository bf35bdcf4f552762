package io.slipway.ops.cli;

import io.slipway.ops.Ops;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code slipway upgrade}: a blue/green Kubernetes upgrade, one resumable step per subcommand. The
 * subcommands below are registered with {@link OpsCommands#register}.
 */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = {"Upgrade an environment's Kubernetes blue/green: a new slot next to the live one, verify, shift traffic, finish.",
                "Every step is resumable: after an interruption, run the same command again."})
public final class UpgradeCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Show the slots, versions, weights and the upgrade phase.")
    static final class Status extends OpsCommand {
        Status(OpsFactory factory) {
            super(factory);
        }

        @Override
        int run(Ops ops, PrintWriter out) {
            ops.upgrade(yes, out).status(environment);
            return 0;
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Add the idle slot as a copy of the live one at the new version, with weight 0, and apply it.")
    static final class Start extends OpsCommand {
        @Option(names = "--to", required = true, paramLabel = "VERSION", description = "The Kubernetes version of the new slot (1.35).")
        String version;

        Start(OpsFactory factory) {
            super(factory);
        }

        @Override
        int run(Ops ops, PrintWriter out) {
            ops.upgrade(yes, out).start(environment, version);
            return 0;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Smoke-check the new slot through its direct name; record the pass. Exits 1 when a check fails.")
    static final class Verify extends OpsCommand {
        Verify(OpsFactory factory) {
            super(factory);
        }

        @Override
        int run(Ops ops, PrintWriter out) {
            return ops.upgrade(yes, out).verify(environment) ? 0 : FAILED;
        }
    }

    @Command(name = "shift", mixinStandardHelpOptions = true,
            description = "Move traffic to the new slot: one weight, or increasing steps with a soak between them.")
    static final class Shift extends OpsCommand {
        @CommandLine.ArgGroup(multiplicity = "1")
        Amount amount;

        @Option(names = "--soak", defaultValue = "10m", converter = DurationConverter.class, paramLabel = "DURATION",
                description = "Wait between steps, e.g. 10m (default: ${DEFAULT-VALUE}).")
        Duration soak;

        static final class Amount {
            @Option(names = "--weight", paramLabel = "N", description = "The new slot's share of traffic, 0-100.")
            Integer weight;

            @Option(names = "--steps", split = ",", paramLabel = "N,N,...", description = "Increasing weights, e.g. 10,50,100.")
            List<Integer> steps;
        }

        Shift(OpsFactory factory) {
            super(factory);
        }

        @Override
        int run(Ops ops, PrintWriter out) {
            if (amount.weight != null) {
                ops.upgrade(yes, out).shift(environment, amount.weight);
            } else {
                ops.upgrade(yes, out).shiftInSteps(environment, amount.steps, soak);
            }
            return 0;
        }
    }

    @Command(name = "finish", mixinStandardHelpOptions = true,
            description = "Remove the old slot once the new one has carried all traffic for the soak period.")
    static final class Finish extends OpsCommand {
        @Option(names = "--soak", defaultValue = "30m", converter = DurationConverter.class, paramLabel = "DURATION",
                description = "How long the new slot must have carried 100%% (default: ${DEFAULT-VALUE}).")
        Duration soak;

        Finish(OpsFactory factory) {
            super(factory);
        }

        @Override
        int run(Ops ops, PrintWriter out) {
            ops.upgrade(yes, out).finish(environment, soak);
            return 0;
        }
    }

    @Command(name = "rollback", mixinStandardHelpOptions = true,
            description = "From any phase: all traffic back to the old slot, then remove the new slot.")
    static final class Rollback extends OpsCommand {
        Rollback(OpsFactory factory) {
            super(factory);
        }

        @Override
        int run(Ops ops, PrintWriter out) {
            ops.upgrade(yes, out).rollback(environment);
            return 0;
        }
    }
}
