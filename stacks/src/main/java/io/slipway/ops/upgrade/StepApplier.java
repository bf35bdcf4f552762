package io.slipway.ops.upgrade;

import io.slipway.model.EnvironmentSpec;
import io.slipway.ops.Confirmer;
import io.slipway.ops.Deployer;
import io.slipway.ops.OperationFailedException;
import io.slipway.ops.RefusedException;
import io.slipway.ops.config.EnvironmentConfigStore;
import io.slipway.ops.config.SpecDiff;
import io.slipway.ops.pulumi.PreviewSummary;
import java.io.PrintWriter;
import java.util.List;

/**
 * Applies one step of an operation: shows the spec diff, writes the config, shows the preview,
 * asks, then runs {@code pulumi up}. Writing before previewing is what makes every step resumable:
 * the config on disk already holds the step, so an interruption anywhere after the write is
 * finished by running the same command again, which finds the config at the step and re-applies.
 */
final class StepApplier {
    private final EnvironmentConfigStore store;
    private final Deployer deployer;
    private final Confirmer confirmer;
    private final PrintWriter out;

    StepApplier(EnvironmentConfigStore store, Deployer deployer, Confirmer confirmer, PrintWriter out) {
        this.store = store;
        this.deployer = deployer;
        this.confirmer = confirmer;
        this.out = out;
    }

    void apply(String environment, EnvironmentSpec current, EnvironmentSpec next, String description) {
        apply(environment, current, next, description, () -> { });
    }

    /**
     * Applies a step; {@code beforeUp} runs after the operator confirmed and before {@code pulumi up}
     * (the load-balancer teardown of a slot the step removes). The CLI, its version and the stack are
     * checked before the file is written.
     */
    void apply(String environment, EnvironmentSpec current, EnvironmentSpec next, String description, Runnable beforeUp) {
        deployer.checkReady(environment);
        out.println("==> " + description);
        List<String> diff = SpecDiff.lines(current, next);
        String snapshot = store.snapshot(environment);
        if (diff.isEmpty()) {
            out.println(store.file(environment) + " already holds this step; re-applying it in case the last run stopped before it was applied.");
        } else {
            out.println("Changes to " + store.file(environment) + ":");
            diff.forEach(line -> out.println("  " + line));
            store.write(environment, next);
        }
        try {
            PreviewSummary preview = deployer.preview(environment);
            if (!preview.diff().isBlank()) {
                out.println(preview.diff().stripTrailing());
            }
            out.println("Preview: " + preview.oneLine());
            if (!confirmer.confirm("Apply this to " + environment + "?")) {
                store.restore(environment, snapshot);
                throw new RefusedException("cancelled; " + store.file(environment) + " is as it was and nothing was applied");
            }
            beforeUp.run();
            deployer.up(environment);
        } catch (OperationFailedException e) {
            throw new OperationFailedException(e.getMessage() + "\n" + store.file(environment)
                    + " already holds this step: run the same command again to finish it, or roll back.");
        }
    }
}
