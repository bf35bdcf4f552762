package io.slipway.ops.drill;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.SlotSpec;
import io.slipway.model.Tier;
import io.slipway.ops.Confirmer;
import io.slipway.ops.Deployer;
import io.slipway.ops.OperationFailedException;
import io.slipway.ops.RefusedException;
import io.slipway.ops.SlotTarget;
import io.slipway.ops.checks.SmokeCheckRun;
import io.slipway.ops.checks.SmokeChecks;
import io.slipway.ops.config.EnvironmentConfigStore;
import io.slipway.ops.pulumi.StackResources;
import io.slipway.ops.teardown.SlotTeardown;
import io.slipway.ops.teardown.TierProtection;
import io.slipway.ops.tools.Backups;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code slipway drill cluster-loss}: proves a slot can be lost and rebuilt with its workloads.
 * Backs the slot up with Velero (to the shared backups bucket, which outlives the slot), destroys
 * the slot, recreates it from the committed config, restores the backup and runs the smoke checks,
 * timing each phase. The first failing phase stops the drill; the report marks the rest skipped.
 */
public final class ClusterLossDrill {
    static final List<String> PHASES = List.of("backup", "destroy", "recreate", "restore", "verify");
    private static final DateTimeFormatter BACKUP_SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final EnvironmentConfigStore store;
    private final Deployer deployer;
    private final SlotTeardown teardown;
    private final Backups backups;
    private final SmokeChecks smokeChecks;
    private final Clock clock;
    private final Confirmer confirmer;
    private final PrintWriter out;

    public ClusterLossDrill(EnvironmentConfigStore store, Deployer deployer, SlotTeardown teardown, Backups backups,
                            SmokeChecks smokeChecks, Clock clock, Confirmer confirmer, PrintWriter out) {
        this.store = store;
        this.deployer = deployer;
        this.teardown = teardown;
        this.backups = backups;
        this.smokeChecks = smokeChecks;
        this.clock = clock;
        this.confirmer = confirmer;
        this.out = out;
    }

    /** Runs the drill on {@code slot}, or on the slot carrying the most traffic when null. */
    public DrillReport run(String environment, String slot, Set<Tier> allowedTiers) {
        EnvironmentSpec spec = store.read(environment).spec();
        TierProtection.require(environment, spec, allowedTiers, "run a cluster-loss drill on");
        String drilled = slot != null ? slot : busiestSlot(spec);
        if (!spec.slots().containsKey(drilled)) {
            throw new RefusedException(environment + " has no slot '" + drilled + "'; its slots are " + spec.slots().keySet());
        }
        SlotTarget target = new SlotTarget(environment, drilled, spec);
        deployer.checkReady(environment);
        StackResources state = StackResources.of(deployer.resources(environment));
        String slotUrn = state.clusterSlot(target.clusterName()).orElseThrow(() -> new RefusedException(
                "slot " + drilled + " of " + environment + " is not deployed; run 'slipway recreate " + environment + "' first")).urn();
        String backupName = "drill-" + target.clusterName() + "-" + BACKUP_SUFFIX.format(clock.instant());
        out.println("The drill destroys cluster " + target.clusterName() + " and rebuilds it; its workloads are down meanwhile.");
        if (!confirmer.confirm("Run the cluster-loss drill on " + target.clusterName() + "?")) {
            throw new RefusedException("cancelled; nothing was changed");
        }
        Map<String, Runnable> steps = Map.of(
                "backup", () -> backups.backup(target, backupName),
                "destroy", () -> {
                    teardown.clearBeforeDestroy(target, StackResources.of(deployer.resources(environment)), false);
                    deployer.destroyTargets(environment, List.of(slotUrn));
                },
                "recreate", () -> deployer.up(environment),
                "restore", () -> backups.restore(target, backupName),
                "verify", () -> verify(target));
        List<DrillReport.Phase> phases = new ArrayList<>();
        boolean failed = false;
        for (String name : PHASES) {
            if (failed) {
                phases.add(new DrillReport.Phase(name, Duration.ZERO, DrillReport.Outcome.SKIPPED, "not reached"));
                continue;
            }
            out.println("==> " + name);
            Instant started = clock.instant();
            try {
                steps.get(name).run();
                phases.add(new DrillReport.Phase(name, Duration.between(started, clock.instant()), DrillReport.Outcome.PASSED,
                        name.equals("backup") || name.equals("restore") ? backupName : ""));
            } catch (OperationFailedException | RefusedException e) {
                failed = true;
                phases.add(new DrillReport.Phase(name, Duration.between(started, clock.instant()), DrillReport.Outcome.FAILED, e.getMessage()));
            }
        }
        DrillReport report = new DrillReport(environment, drilled, phases);
        out.print(report.render());
        return report;
    }

    private void verify(SlotTarget target) {
        SmokeCheckRun checks = SmokeCheckRun.of(smokeChecks, target, out);
        if (!checks.passed()) {
            throw new OperationFailedException("checks failed: " + checks.failures());
        }
    }

    private static String busiestSlot(EnvironmentSpec spec) {
        return spec.slots().entrySet().stream()
                .max(Comparator.comparing((Map.Entry<String, SlotSpec> e) -> e.getValue().weight()))
                .map(Map.Entry::getKey)
                .orElseThrow(() -> new RefusedException("the environment has no slots"));
    }
}
