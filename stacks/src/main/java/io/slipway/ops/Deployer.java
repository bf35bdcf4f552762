package io.slipway.ops;

import io.slipway.ops.pulumi.DeployedResource;
import io.slipway.ops.pulumi.PreviewSummary;
import io.slipway.ops.pulumi.StackResources;
import java.util.List;
import java.util.Map;

/**
 * Everything Slipway's operations do through the real {@code pulumi} CLI, on one environment
 * stack whose config is the committed {@code environments/Pulumi.<stack>.yaml}. Behind an interface
 * so the upgrade, destroy and drill logic is tested with a fake.
 */
public interface Deployer {
    /**
     * Fails, before anything is written or changed, unless the CLI is installed and recent enough
     * and the stack exists in the backend the CLI is logged in to.
     */
    default void checkReady(String stack) {}

    /** What {@code pulumi up} would change with the config as it is on disk now. */
    PreviewSummary preview(String stack);

    /** Applies the config on disk ({@code pulumi up --yes}). */
    void up(String stack);

    /** Reconciles the stack's state with the cloud ({@code pulumi refresh --yes}). */
    void refresh(String stack);

    /**
     * Reconciles the state with the cloud; with {@code forgetUnreachableClusters}, the Kubernetes
     * objects of a cluster whose API cannot be reached are dropped from the state instead of
     * failing the refresh (the cluster is gone, and the next {@code up} rebuilds them).
     */
    default void refresh(String stack, boolean forgetUnreachableClusters) {
        refresh(stack);
    }

    /** The stack's outputs as plain JSON values; secret outputs stay in their encrypted form. */
    Map<String, Object> outputs(String stack);

    /** Every resource in the stack's current state, with its protection and dependencies. */
    List<DeployedResource> resources(String stack);

    /**
     * Destroys exactly the given resources and everything that depends on them; Kubernetes objects
     * of a cluster that cannot be reached are dropped from the state. An empty list is refused: to
     * the CLI it would mean the whole stack, protected foundation included.
     */
    void destroyTargets(String stack, List<String> urns);

    /**
     * Destroys the whole stack except its protected resources (the foundation's zone, KMS key and
     * backups bucket) with everything that configures them (see {@link StackResources#kept}). The
     * kept set is computed from the state and everything else is targeted explicitly.
     */
    default void destroyExceptProtected(String stack) {
        List<String> targets = StackResources.of(resources(stack)).destroyableExceptProtected();
        if (!targets.isEmpty()) {
            destroyTargets(stack, targets);
        }
    }
}
