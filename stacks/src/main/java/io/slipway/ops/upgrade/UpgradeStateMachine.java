package io.slipway.ops.upgrade;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.SlotSpec;
import io.slipway.model.UpgradeSpec;
import io.slipway.ops.Durations;
import io.slipway.ops.RefusedException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The blue/green upgrade as transitions between environment specs. Pure: no I/O, the time is
 * passed in. Each transition either returns the next spec (the same spec when the step is already
 * done, which makes re-running it a no-op) or throws {@link RefusedException} saying why not.
 */
public final class UpgradeStateMachine {
    /** Minors an upgrade may jump before it warns; Kubernetes supports skew of this many. */
    public static final int MINOR_JUMP_WARNING_THRESHOLD = 2;

    private final KubernetesMinorSupport minorSupport;

    public UpgradeStateMachine(KubernetesMinorSupport minorSupport) {
        this.minorSupport = minorSupport;
    }

    /**
     * The spec after starting an upgrade to {@code version}.
     *
     * @param next     the spec with the new slot at weight 0 and the upgrade block
     * @param warnings what the operator should know but does not stop the upgrade
     */
    public record Start(EnvironmentSpec next, List<String> warnings) {}

    /** Adds the idle slot as a copy of the live slot at {@code version} and weight 0. */
    public Start start(EnvironmentSpec spec, String version, Instant now) {
        KubernetesVersion target = KubernetesVersion.parse(version).orElseThrow(() -> new RefusedException(
                "'" + version + "' is not a Kubernetes version; use " + KubernetesVersion.VALID_FORMS));
        UpgradeSpec running = spec.upgrade();
        if (running != null) {
            if (running.targetVersion().equals(version) && spec.slots().containsKey(running.toSlot())) {
                return new Start(spec, List.of());
            }
            throw new RefusedException("an upgrade from " + running.fromSlot() + " to " + running.toSlot() + " ("
                    + running.targetVersion() + ") already runs; finish it or roll it back first");
        }
        String liveSlot = liveSlot(spec);
        SlotSpec live = spec.slots().get(liveSlot);
        KubernetesVersion current = KubernetesVersion.parse(live.kubernetesVersion()).orElseThrow(() -> new RefusedException(
                "the live slot " + liveSlot + " has version '" + live.kubernetesVersion() + "', which is not one of " + KubernetesVersion.VALID_FORMS));
        if (!minorSupport.supports(target.minorVersion())) {
            throw new RefusedException("Kubernetes " + target.minorVersion() + " is not supported by the pinned add-ons (the add-on lock supports "
                    + minorSupport.describe() + "); update the lock first");
        }
        if (target.compareTo(current) <= 0) {
            throw new RefusedException(version + " is not newer than the live slot " + liveSlot + "'s " + live.kubernetesVersion());
        }
        List<String> warnings = new ArrayList<>();
        int jump = target.minorsAfter(current);
        if (jump > MINOR_JUMP_WARNING_THRESHOLD) {
            warnings.add("jumping " + (jump == Integer.MAX_VALUE ? "a major version" : jump + " minors") + " from "
                    + live.kubernetesVersion() + " to " + version + ": check every workload against the API removals in between");
        }
        String newSlot = EnvironmentSpec.BLUE.equals(liveSlot) ? EnvironmentSpec.GREEN : EnvironmentSpec.BLUE;
        UpgradeSpec upgrade = new UpgradeSpec(liveSlot, newSlot, version, timestamp(now), null, null);
        EnvironmentSpec next = spec.withSlot(newSlot, live.withVersionAndWeight(version, 0)).withUpgrade(upgrade);
        return new Start(next, warnings);
    }

    /** Records that the new slot passed every smoke check (keeps the first time it did). */
    public EnvironmentSpec verified(EnvironmentSpec spec, Instant now) {
        UpgradeSpec upgrade = running(spec, "verify");
        if (upgrade.verifiedAt() != null) {
            return spec;
        }
        return spec.withUpgrade(new UpgradeSpec(upgrade.fromSlot(), upgrade.toSlot(), upgrade.targetVersion(),
                upgrade.startedAt(), timestamp(now), upgrade.fullTrafficSince()));
    }

    /** Gives the new slot {@code weight} percent of the traffic and the old slot the rest. */
    public EnvironmentSpec shift(EnvironmentSpec spec, int weight, Instant now) {
        UpgradeSpec upgrade = running(spec, "shift");
        if (weight < 0 || weight > 100) {
            throw new RefusedException("weight " + weight + " is outside 0-100");
        }
        if (upgrade.verifiedAt() == null) {
            throw new RefusedException(upgrade.toSlot() + " has not passed verify; run 'slipway upgrade verify' first");
        }
        SlotSpec from = requireSlot(spec, upgrade.fromSlot());
        SlotSpec to = requireSlot(spec, upgrade.toSlot());
        String fullTrafficSince = null;
        if (weight == 100) {
            boolean alreadyFull = to.weight() == 100 && upgrade.fullTrafficSince() != null;
            fullTrafficSince = alreadyFull ? upgrade.fullTrafficSince() : timestamp(now);
        }
        return spec.withSlot(upgrade.fromSlot(), from.withWeight(100 - weight))
                .withSlot(upgrade.toSlot(), to.withWeight(weight))
                .withUpgrade(new UpgradeSpec(upgrade.fromSlot(), upgrade.toSlot(), upgrade.targetVersion(),
                        upgrade.startedAt(), upgrade.verifiedAt(), fullTrafficSince));
    }

    /** Removes the old slot and the upgrade block once the new slot has carried all traffic for {@code soak}. */
    public EnvironmentSpec finish(EnvironmentSpec spec, Instant now, Duration soak) {
        UpgradeSpec upgrade = running(spec, "finish");
        SlotSpec to = requireSlot(spec, upgrade.toSlot());
        if (to.weight() != 100 || upgrade.fullTrafficSince() == null) {
            throw new RefusedException(upgrade.toSlot() + " carries " + to.weight() + "% of the traffic; "
                    + "shift it to 100 and let it soak for " + Durations.format(soak) + " before finishing");
        }
        Duration carried = Duration.between(Instant.parse(upgrade.fullTrafficSince()), now);
        if (carried.compareTo(soak) < 0) {
            throw new RefusedException(upgrade.toSlot() + " has carried all traffic for " + Durations.format(carried)
                    + " of the " + Durations.format(soak) + " soak period; finish again in " + Durations.format(soak.minus(carried)));
        }
        return spec.withoutSlot(upgrade.fromSlot()).withUpgrade(null);
    }

    /**
     * First half of a rollback: all traffic back on the old slot, the new slot kept for now, and
     * the time recorded so a re-run waits out the DNS TTL too (an earlier record is kept).
     */
    public EnvironmentSpec rollbackTraffic(EnvironmentSpec spec, Instant now) {
        UpgradeSpec upgrade = running(spec, "roll back");
        SlotSpec from = requireSlot(spec, upgrade.fromSlot());
        Map<String, SlotSpec> slots = spec.slots();
        EnvironmentSpec next = spec.withSlot(upgrade.fromSlot(), from.withWeight(100));
        if (slots.containsKey(upgrade.toSlot())) {
            next = next.withSlot(upgrade.toSlot(), slots.get(upgrade.toSlot()).withWeight(0));
        }
        String returnedAt = upgrade.trafficReturnedAt() != null ? upgrade.trafficReturnedAt() : timestamp(now);
        return next.withUpgrade(new UpgradeSpec(upgrade.fromSlot(), upgrade.toSlot(), upgrade.targetVersion(),
                upgrade.startedAt(), upgrade.verifiedAt(), null, returnedAt));
    }

    /** Second half of a rollback: the new slot and the upgrade block removed. Needs the traffic back first. */
    public EnvironmentSpec rollbackRemoval(EnvironmentSpec spec) {
        UpgradeSpec upgrade = running(spec, "roll back");
        SlotSpec from = requireSlot(spec, upgrade.fromSlot());
        if (from.weight() != 100) {
            throw new RefusedException(upgrade.fromSlot() + " carries " + from.weight() + "%, not all traffic; "
                    + "removing " + upgrade.toSlot() + " now would drop live traffic");
        }
        return spec.withoutSlot(upgrade.toSlot()).withUpgrade(null);
    }

    private static String liveSlot(EnvironmentSpec spec) {
        if (spec.slots().size() != 1) {
            throw new RefusedException("an upgrade starts from exactly one slot, but the environment has " + spec.slots().keySet()
                    + " and no upgrade block; remove the idle slot or restore the upgrade block");
        }
        return spec.slots().keySet().iterator().next();
    }

    private static UpgradeSpec running(EnvironmentSpec spec, String action) {
        if (spec.upgrade() == null) {
            throw new RefusedException("no upgrade runs, nothing to " + action + "; start one with 'slipway upgrade start <env> --to <version>'");
        }
        return spec.upgrade();
    }

    /** Never remove or re-weight a slot the config does not have: the last live slot must stay. */
    private static SlotSpec requireSlot(EnvironmentSpec spec, String slot) {
        SlotSpec found = spec.slots().get(slot);
        if (found == null) {
            throw new RefusedException("the upgrade block names slot " + slot + ", but the environment has only "
                    + spec.slots().keySet() + "; fix the config by hand");
        }
        return found;
    }

    private static String timestamp(Instant now) {
        return now.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
