package io.slipway.addons.teams;

import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.cluster.ClusterHandle;
import io.slipway.model.team.TeamSpec;
import java.util.List;
import java.util.Map;

/**
 * Every team placed in the environment, on one slot's cluster: a {@link TeamNamespace} per namespace of
 * each team and, on EKS, the team's {@link EksTeamAccess}. Built for every slot, so the idle slot of a
 * blue/green upgrade or a recreated cluster gets the same namespaces before any traffic reaches it.
 */
public final class TeamSet extends ComponentResource {
    public static final String TYPE = "slipway:teams:TeamSet";

    /**
     * @param name    {@code <cluster>-teams}
     * @param cluster the slot's cluster. Required.
     * @param teams   the validated teams placed in the cluster's environment. @default none
     */
    public TeamSet(String name, ClusterHandle cluster, List<TeamSpec> teams, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var child = ComponentResourceOptions.builder().parent(this).build();
        for (TeamSpec team : teams) {
            for (var namespace : team.namespaces()) {
                new TeamNamespace(cluster.clusterName() + "-" + namespace.name(), new TeamNamespaceArgs(cluster, team, namespace), child);
            }
            if (cluster.aws().isPresent() && !team.owners().aws().isEmpty()) {
                new EksTeamAccess(cluster.clusterName() + "-team-" + team.name(), cluster, team, child);
            }
        }
        registerOutputs(Map.of());
    }
}
