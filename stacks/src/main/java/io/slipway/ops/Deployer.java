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
    /** What {@code pulumi up} would change with the config as it is on disk now. */
    PreviewSummary preview(String stack);

    /** Applies the config on disk ({@code pulumi up --yes}). */
    void up(String stack);

    /** Reconciles the stack's state with the cloud ({@code pulumi refresh --yes}). */
    void refresh(String stack);

    /** The stack's outputs as plain JSON values; secret outputs stay in their encrypted form. */
    Map<String, Object> outputs(String stack);

    /** Every resource in the stack's current state, with its protection and dependencies. */
    List<DeployedResource> resources(String stack);

    /**
     * Destroys exactly the given resources and everything that depends on them. An empty list
     * is refused: to the CLI it would mean the whole stack, protected foundation included.
     */
    void destroyTargets(String stack, List<String> urns);

    /**
     * Destroys the whole stack except its protected resources (the foundation's zone, KMS key and
     * backups bucket) and what they need to stay managed: their ancestors, dependencies and
     * providers. The pinned Automation API has no {@code --exclude-protected}, so the kept set is
     * computed from the state and everything else is targeted explicitly.
     */
    default void destroyExceptProtected(String stack) {
        List<String> targets = StackResources.of(resources(stack)).destroyableExceptProtected();
        if (!targets.isEmpty()) {
            destroyTargets(stack, targets);
        }
    }
}
