package io.slipway.ops.teardown;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.Tier;
import io.slipway.ops.Confirmer;
import io.slipway.ops.Deployer;
import io.slipway.ops.RefusedException;
import io.slipway.ops.SlotTarget;
import io.slipway.ops.checks.SmokeCheckRun;
import io.slipway.ops.checks.SmokeChecks;
import io.slipway.ops.config.EnvironmentConfigStore;
import io.slipway.ops.pulumi.DeployedResource;
import io.slipway.ops.pulumi.PreviewSummary;
import io.slipway.ops.pulumi.StackResources;
import io.slipway.ops.tools.ClusterWorkloads;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code slipway destroy} and {@code slipway recreate}: tears an environment's clusters and network
 * down to its protected foundation (zone, KMS key, backups bucket, each whole with what configures
 * it) and builds them again from the committed config. Both are safe to re-run after an
 * interruption, and both work when a cluster's API is gone.
 */
public final class EnvironmentDestroyer {
    private final EnvironmentConfigStore store;
    private final Deployer deployer;
    private final SlotTeardown teardown;
    private final ClusterWorkloads workloads;
    private final SmokeChecks smokeChecks;
    private final Confirmer confirmer;
    private final PrintWriter out;

    public EnvironmentDestroyer(EnvironmentConfigStore store, Deployer deployer, SlotTeardown teardown, ClusterWorkloads workloads,
                                SmokeChecks smokeChecks, Confirmer confirmer, PrintWriter out) {
        this.store = store;
        this.deployer = deployer;
        this.teardown = teardown;
        this.workloads = workloads;
        this.smokeChecks = smokeChecks;
        this.confirmer = confirmer;
        this.out = out;
    }

    public void destroy(String environment, Set<Tier> allowedTiers) {
        EnvironmentSpec spec = store.read(environment).spec();
        TierProtection.require(environment, spec, allowedTiers, "destroy");
        deployer.checkReady(environment);
        StackResources state = StackResources.of(deployer.resources(environment));
        List<String> targets = state.destroyableExceptProtected();
        if (targets.isEmpty()) {
            out.println("Nothing to destroy in " + environment + ": only the protected foundation is left.");
            return;
        }
        out.println("Destroying " + environment + " (slots " + state.deployedSlots(environment) + "): " + targets.size() + " resources");
        print(state.byComponent(targets), false);
        out.println("Kept: the protected foundation, whole");
        print(state.byComponent(state.kept()), true);
        if (!confirmer.confirm("Destroy the clusters and network of " + environment + "?")) {
            throw new RefusedException("cancelled; nothing was destroyed");
        }
        for (String slot : state.deployedSlots(environment)) {
            teardown.clearBeforeDestroy(new SlotTarget(environment, slot, spec), state, true);
        }
        deployer.destroyExceptProtected(environment);
        out.println("Destroyed " + environment + " down to its protected foundation. Rebuild it with: slipway recreate " + environment);
    }

    /**
     * {@code pulumi refresh}, then {@code pulumi up} from the committed config, then the smoke checks
     * on every slot; returns whether all passed. The refresh first makes the state forget what is
     * gone in the cloud (a lost cluster: when a slot's API cannot be reached, the refresh drops its
     * Kubernetes objects instead of failing), so the up rebuilds it instead of finding no change.
     */
    public boolean recreate(String environment) {
        EnvironmentSpec spec = store.read(environment).spec();
        deployer.checkReady(environment);
        StackResources state = StackResources.of(deployer.resources(environment));
        boolean clusterLost = false;
        for (String slot : state.deployedSlots(environment)) {
            SlotTarget target = new SlotTarget(environment, slot, spec);
            boolean hasCluster = state.clusterSlot(target.clusterName()).map(s -> state.hasCluster(s.urn())).orElse(false);
            if (hasCluster && !workloads.reachable(target)) {
                out.println("The API of " + target.clusterName() + " cannot be reached: the refresh forgets its Kubernetes objects,"
                        + " and the up rebuilds them.");
                clusterLost = true;
            }
        }
        deployer.refresh(environment, clusterLost);
        PreviewSummary preview = deployer.preview(environment);
        out.println("Recreating " + environment + " from " + store.file(environment) + ": " + preview.oneLine());
        if (!confirmer.confirm("Apply this to " + environment + "?")) {
            throw new RefusedException("cancelled; nothing was applied");
        }
        deployer.up(environment);
        boolean passed = true;
        for (String slot : spec.slots().keySet()) {
            out.println("Checking slot " + slot + ":");
            passed &= SmokeCheckRun.of(smokeChecks, new SlotTarget(environment, slot, spec), out).passed();
        }
        out.println(passed ? environment + " is back and passes its checks." : environment + " is applied but failed checks (see above).");
        return passed;
    }

    private void print(Map<String, List<DeployedResource>> groups, boolean withResources) {
        groups.forEach((component, resources) -> {
            out.println("  " + component + ": " + resources.size() + " resource(s)");
            if (withResources) {
                resources.forEach(r -> out.println("      " + r.type() + " " + r.name() + (r.protect() ? " (protected)" : "")));
            }
        });
    }
}
