package io.slipway.platform;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.addons.AddonSet;
import io.slipway.addons.AddonSetArgs;
import io.slipway.addons.teams.TeamSet;
import io.slipway.cluster.CloudPlatform;
import io.slipway.cluster.ClusterHandle;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.model.SlotSpec;
import io.slipway.model.team.TeamSpec;
import io.slipway.platform.dns.IngressEndpoint;
import io.slipway.platform.dns.SlotRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One cluster slot ({@code blue} or {@code green}): the cloud's cluster with its node pools and
 * Kubernetes provider, the pinned add-ons on it, the application teams' namespaces, and the slot's DNS
 * records. Removing a slot from the spec removes all of it; the records go before the ingress address,
 * because they depend on what owns it (the reserved address on GCP, the ingress release on AWS), and
 * they wait for the cluster and the team namespaces, so no traffic reaches a slot before the teams'
 * namespaces, quotas and policies exist, and the records go before the cluster.
 */
public final class ClusterSlot extends ComponentResource {
    public static final String TYPE = "slipway:platform:ClusterSlot";

    private final ClusterHandle cluster;
    private final Optional<IngressEndpoint> ingress;

    /**
     * @param environment          the environment the slot belongs to
     * @param slot                 {@code blue} or {@code green}
     * @param slotSpec             the slot's version, weight and node pools
     * @param platform             the cloud that builds the cluster
     * @param grafanaAdminPassword the monitoring add-on's admin password (secret); null when monitoring is off
     * @param teams                the application teams placed in the environment
     */
    public ClusterSlot(EnvironmentContext environment, String slot, SlotSpec slotSpec, CloudPlatform platform,
                       Output<String> grafanaAdminPassword, List<TeamSpec> teams) {
        super(TYPE, environment.clusterName(slot), ComponentResourceOptions.builder().build());
        var child = ComponentResourceOptions.builder().parent(this).build();
        this.cluster = platform.createCluster(slot, slotSpec, this);
        var addons = new AddonSet(cluster.clusterName() + "-addons", new AddonSetArgs(cluster, grafanaAdminPassword), child);
        List<Resource> teamSet = environment.spec().teams().enabled() && !teams.isEmpty()
                ? List.of(new TeamSet(cluster.clusterName() + "-teams", cluster, teams, child))
                : List.of();
        // No name resolves to the slot before its cluster and its teams' namespaces exist, and none outlives them.
        var servedAfter = new ArrayList<Resource>();
        servedAfter.add(cluster.cluster());
        servedAfter.addAll(teamSet);
        this.ingress = addons.ingressAddress().map(address -> new IngressEndpoint(address,
                addons.ingressRecordType().orElseThrow(), addons.ingressAddressOwner().orElseThrow(), servedAfter));
        ingress.ifPresent(endpoint ->
                new SlotRecords(environment, slot, slotSpec.weight(), platform.foundation(), endpoint, child));
        registerOutputs(ingress.<Map<String, Output<?>>>map(e -> Map.of("ingressAddress", e.address())).orElse(Map.of()));
    }

    public String clusterName() {
        return cluster.clusterName();
    }

    /** Where the slot's ingress answers; empty when the ingress add-on is disabled. */
    public Optional<IngressEndpoint> ingress() {
        return ingress;
    }
}
