package io.slipway.ops.upgrade;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.SlotSpec;
import io.slipway.model.UpgradeSpec;
import io.slipway.ops.Confirmer;
import io.slipway.ops.Deployer;
import io.slipway.ops.Durations;
import io.slipway.ops.RefusedException;
import io.slipway.ops.Sleeper;
import io.slipway.ops.SlotTarget;
import io.slipway.ops.checks.SmokeCheckRun;
import io.slipway.ops.checks.SmokeChecks;
import io.slipway.ops.config.EnvironmentConfigStore;
import io.slipway.ops.config.SpecDiff;
import io.slipway.ops.pulumi.StackResources;
import io.slipway.ops.teardown.SlotTeardown;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Runs {@code slipway upgrade}: reads the environment, asks the {@link UpgradeStateMachine} for the
 * next spec, and applies it through a {@link StepApplier}. Everything the upgrade knows is in the
 * committed config, so each method can be re-run after an interruption at any point.
 */
public final class UpgradeDriver {
    private final EnvironmentConfigStore store;
    private final Deployer deployer;
    private final SmokeChecks smokeChecks;
    private final UpgradeStateMachine machine;
    private final Clock clock;
    private final Sleeper sleeper;
    private final StepApplier steps;
    private final SlotTeardown teardown;
    private final PrintWriter out;

    public UpgradeDriver(EnvironmentConfigStore store, Deployer deployer, SmokeChecks smokeChecks, UpgradeStateMachine machine,
                         SlotTeardown teardown, Clock clock, Sleeper sleeper, Confirmer confirmer, PrintWriter out) {
        this.teardown = teardown;
        this.store = store;
        this.deployer = deployer;
        this.smokeChecks = smokeChecks;
        this.machine = machine;
        this.clock = clock;
        this.sleeper = sleeper;
        this.steps = new StepApplier(store, deployer, confirmer, out);
        this.out = out;
    }

    public UpgradePhase status(String environment) {
        // Read-only: shown even while a policy check fails, and without planning the environment.
        EnvironmentSpec spec = store.view(environment).spec();
        UpgradePhase phase = UpgradePhase.of(spec);
        out.println("Environment " + environment + " (" + spec.cloud().name().toLowerCase() + ", " + spec.region() + ")");
        spec.slots().forEach((name, slot) ->
                out.printf("  slot %-5s  Kubernetes %-20s weight %3d%%%n", name, slot.kubernetesVersion(), slot.weight()));
        out.println("Upgrade phase: " + phase.name().toLowerCase());
        UpgradeSpec upgrade = spec.upgrade();
        if (upgrade != null) {
            out.println("  " + upgrade.fromSlot() + " -> " + upgrade.toSlot() + " at " + upgrade.targetVersion()
                    + ", started " + upgrade.startedAt()
                    + (upgrade.verifiedAt() == null ? "" : ", verified " + upgrade.verifiedAt())
                    + (upgrade.fullTrafficSince() == null ? "" : ", all traffic since " + upgrade.fullTrafficSince()));
        }
        out.println("Next: " + nextCommand(phase, environment));
        return phase;
    }

    public void start(String environment, String version) {
        EnvironmentSpec spec = store.read(environment).spec();
        UpgradeStateMachine.Start start = machine.start(spec, version, clock.instant());
        start.warnings().forEach(warning -> out.println("WARNING: " + warning));
        UpgradeSpec upgrade = start.next().upgrade();
        steps.apply(environment, spec, start.next(), "Start the upgrade: add slot " + upgrade.toSlot() + " at Kubernetes "
                + version + " with weight 0, next to " + upgrade.fromSlot());
    }

    /** Runs the smoke checks against the new slot; records the pass in the config. Returns whether all passed. */
    public boolean verify(String environment) {
        EnvironmentSpec spec = store.read(environment).spec();
        if (spec.upgrade() == null) {
            throw new RefusedException("no upgrade runs in " + environment + ", nothing to verify; start one with 'slipway upgrade start "
                    + environment + " --to <version>'");
        }
        String slot = spec.upgrade().toSlot();
        boolean passed = SmokeCheckRun.of(smokeChecks, new SlotTarget(environment, slot, spec), out).passed();
        if (!passed) {
            out.println(slot + " did not pass verify; fix what failed and run verify again (or roll back).");
            return false;
        }
        EnvironmentSpec next = machine.verified(spec, clock.instant());
        if (!next.equals(spec)) {
            out.println("Recording in " + store.file(environment) + ":");
            SpecDiff.lines(spec, next).forEach(line -> out.println("  " + line));
            store.write(environment, next);
        }
        out.println(slot + " passed verify. Next: slipway upgrade shift " + environment + " --steps 10,50,100 --soak 10m");
        return true;
    }

    public void shift(String environment, int weight) {
        EnvironmentSpec spec = store.read(environment).spec();
        EnvironmentSpec next = machine.shift(spec, weight, clock.instant());
        UpgradeSpec upgrade = spec.upgrade();
        steps.apply(environment, spec, next, "Shift traffic: " + upgrade.toSlot() + " " + weight + "%, "
                + upgrade.fromSlot() + " " + (100 - weight) + "%");
    }

    /**
     * Shifts in increasing steps, soaking between them. Steps the config has already passed are
     * skipped, the one it is at is re-applied, so a re-run resumes where the last one stopped.
     */
    public void shiftInSteps(String environment, List<Integer> weights, Duration soak) {
        for (int i = 1; i < weights.size(); i++) {
            if (weights.get(i) <= weights.get(i - 1)) {
                throw new RefusedException("steps must increase, but " + weights + " does not");
            }
        }
        for (int i = 0; i < weights.size(); i++) {
            int weight = weights.get(i);
            EnvironmentSpec spec = store.read(environment).spec();
            int current = currentWeight(spec);
            if (weight < current) {
                out.println("Step " + weight + "% already passed (" + current + "% now); skipping it.");
                continue;
            }
            shift(environment, weight);
            if (i < weights.size() - 1) {
                out.println("Soaking " + Durations.format(soak) + " before the next step; watch the platform alerts and the ingress dashboard.");
                sleeper.sleep(soak);
            }
        }
    }

    public void finish(String environment, Duration soak) {
        EnvironmentSpec spec = store.read(environment).spec();
        if (spec.upgrade() == null) {
            reapplyIfSlotsPending(environment, spec, "finish");
            return;
        }
        EnvironmentSpec next = machine.finish(spec, clock.instant(), soak);
        String old = spec.upgrade().fromSlot();
        steps.apply(environment, spec, next, "Finish the upgrade: remove the old slot " + old + " and the upgrade block",
                () -> tearDown(environment, spec, old));
    }

    /**
     * Traffic back to the old slot, then one DNS TTL for clients to follow, then the new slot's load
     * balancers and the slot removed. Once a rollback has written the traffic back
     * ({@code trafficReturnedAt}), every re-run re-applies that step and waits the TTL again before
     * the removal, so an interrupted wait is never skipped.
     */
    public void rollback(String environment) {
        EnvironmentSpec spec = store.read(environment).spec();
        if (spec.upgrade() == null) {
            reapplyIfSlotsPending(environment, spec, "roll back");
            return;
        }
        UpgradeSpec upgrade = spec.upgrade();
        SlotSpec from = spec.slots().get(upgrade.fromSlot());
        if (from == null || from.weight() != 100 || upgrade.trafficReturnedAt() != null) {
            EnvironmentSpec traffic = machine.rollbackTraffic(spec, clock.instant());
            steps.apply(environment, spec, traffic, "Roll back, 1/2: all traffic back to " + upgrade.fromSlot());
            Duration ttl = Duration.ofSeconds(spec.dns().ttlSeconds());
            out.println("Waiting " + Durations.format(ttl) + " (the DNS TTL) so clients leave " + upgrade.toSlot() + " before it goes.");
            sleeper.sleep(ttl);
            spec = store.read(environment).spec();
        }
        EnvironmentSpec before = spec;
        EnvironmentSpec removal = machine.rollbackRemoval(spec);
        steps.apply(environment, spec, removal, "Roll back, 2/2: remove slot " + upgrade.toSlot() + " and the upgrade block",
                () -> tearDown(environment, before, upgrade.toSlot()));
    }

    /** The shared teardown of a slot that leaves while another stays: its load balancers and volumes first. */
    private void tearDown(String environment, EnvironmentSpec spec, String slot) {
        StackResources state = StackResources.of(deployer.resources(environment));
        teardown.clearBeforeDestroy(new SlotTarget(environment, slot, spec), state, false);
    }

    /**
     * Without an upgrade block, finish and rollback have nothing to change; but if the deployed
     * state still holds a slot the config no longer has (a ClusterSlot in {@code pulumi stack
     * export}, which a failed update leaves in place, unlike the {@code clusters} output), the last
     * run wrote the config and stopped before applying it all, so apply it now.
     */
    private void reapplyIfSlotsPending(String environment, EnvironmentSpec spec, String action) {
        deployer.checkReady(environment);
        List<String> deployed = StackResources.of(deployer.resources(environment)).deployedSlots(environment);
        List<String> leftOver = deployed.stream().filter(slot -> !spec.slots().containsKey(slot)).toList();
        if (leftOver.isEmpty()) {
            out.println("No upgrade runs in " + environment + " and the stack matches its config; nothing to " + action + ".");
            return;
        }
        steps.apply(environment, spec, spec, "Complete the last " + action + ": slot(s) " + leftOver
                + " are still deployed but no longer in the config",
                () -> leftOver.forEach(slot -> tearDown(environment, spec, slot)));
    }

    private static int currentWeight(EnvironmentSpec spec) {
        if (spec.upgrade() == null) {
            return 0;
        }
        SlotSpec to = spec.slots().get(spec.upgrade().toSlot());
        return to == null ? 0 : to.weight();
    }

    private static String nextCommand(UpgradePhase phase, String environment) {
        return switch (phase) {
            case IDLE -> "slipway upgrade start " + environment + " --to <version>";
            case STARTED -> "slipway upgrade verify " + environment;
            case VERIFIED, SHIFTING -> "slipway upgrade shift " + environment + " --steps 10,50,100 --soak 10m";
            case SHIFTED -> "slipway upgrade finish " + environment + " (after the soak period)";
        };
    }
}
