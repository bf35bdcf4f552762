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
import io.slipway.ops.pulumi.PreviewSummary;
import io.slipway.ops.pulumi.StackResources;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code slipway destroy} and {@code slipway recreate}: tears an environment's clusters down to its
 * protected foundation (zone, KMS key, backups bucket) and builds them again from the committed
 * config. Both are safe to re-run after an interruption.
 */
public final class EnvironmentDestroyer {
    private final EnvironmentConfigStore store;
    private final Deployer deployer;
    private final SlotTeardown teardown;
    private final SmokeChecks smokeChecks;
    private final Confirmer confirmer;
    private final PrintWriter out;

    public EnvironmentDestroyer(EnvironmentConfigStore store, Deployer deployer, SlotTeardown teardown, SmokeChecks smokeChecks,
                                Confirmer confirmer, PrintWriter out) {
        this.store = store;
        this.deployer = deployer;
        this.teardown = teardown;
        this.smokeChecks = smokeChecks;
        this.confirmer = confirmer;
        this.out = out;
    }

    public void destroy(String environment, boolean allowProd) {
        EnvironmentSpec spec = store.read(environment).spec();
        refuseProd(environment, spec, allowProd, "destroy");
        StackResources state = StackResources.of(deployer.resources(environment));
        List<String> targets = state.destroyableExceptProtected();
        if (targets.isEmpty()) {
            out.println("Nothing to destroy in " + environment + ": only the protected foundation is left.");
            return;
        }
        out.println("Destroying " + environment + ": " + targets.size() + " resources, slots " + state.deployedSlots(environment) + ".");
        out.println("Kept (protected foundation): ");
        state.protectedUrns().forEach(urn -> out.println("  " + urn));
        if (!confirmer.confirm("Destroy the clusters of " + environment + "?")) {
            throw new RefusedException("cancelled; nothing was destroyed");
        }
        for (String slot : state.deployedSlots(environment)) {
            teardown.removeLoadBalancers(new SlotTarget(environment, slot, spec), state);
        }
        deployer.destroyExceptProtected(environment);
        out.println("Destroyed " + environment + " down to its protected foundation. Rebuild it with: slipway recreate " + environment);
    }

    /**
     * {@code pulumi refresh}, then {@code pulumi up} from the committed config, then the smoke checks
     * on every slot; returns whether all passed. The refresh first makes the state forget what
     * is gone in the cloud (a lost cluster), so the up rebuilds it instead of finding no change.
     */
    public boolean recreate(String environment) {
        EnvironmentSpec spec = store.read(environment).spec();
        deployer.refresh(environment);
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

    public static void refuseProd(String environment, EnvironmentSpec spec, boolean allowProd, String action) {
        if (spec.tier() == Tier.PROD && !allowProd) {
            throw new RefusedException(environment + " is a prod environment; to " + action + " it anyway, add --allow-prod");
        }
    }
}
