package io.slipway.addons.teams;

import io.slipway.cluster.ClusterHandle;
import io.slipway.model.team.TeamNamespaceSpec;
import io.slipway.model.team.TeamSpec;
import java.util.Objects;

/**
 * Inputs of a {@link TeamNamespace}.
 *
 * @param cluster   the slot's cluster; its environment gives the tier's defaults and the add-ons that may
 *                  reach the namespace. Required.
 * @param team      the validated team the namespace belongs to. Required.
 * @param namespace the namespace with its overrides, one of the team's. Required.
 */
public record TeamNamespaceArgs(ClusterHandle cluster, TeamSpec team, TeamNamespaceSpec namespace) {
    public TeamNamespaceArgs {
        Objects.requireNonNull(cluster, "TeamNamespaceArgs.cluster is required");
        Objects.requireNonNull(team, "TeamNamespaceArgs.team is required");
        Objects.requireNonNull(namespace, "TeamNamespaceArgs.namespace is required");
    }
}
