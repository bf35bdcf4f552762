package io.slipway.platform;

import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.aws.AwsPlatform;
import io.slipway.cluster.CloudPlatform;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.cluster.FoundationExports;
import io.slipway.gcp.GcpPlatform;
import io.slipway.model.Cloud;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.team.TeamCatalog;
import io.slipway.model.team.TeamSpec;
import io.slipway.platform.dns.CloudDnsWeightedRecords;
import io.slipway.platform.dns.IngressEndpoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The one Pulumi program of Slipway: an environment's foundation, then one {@link ClusterSlot} per
 * slot (with the application teams placed in the environment), then (on GCP) the weighted shared
 * records that span slots. It runs unchanged under {@code pulumi up} and under the offline plan;
 * nothing here knows which. The spec and teams it gets are already validated.
 */
public final class PlatformProgram {
    /** Stack config key of the Grafana admin password, set with {@code pulumi config set --secret}. */
    public static final String GRAFANA_PASSWORD_KEY = "grafanaAdminPassword";

    private PlatformProgram() {}

    /** The platform without application teams. */
    public static void define(Context ctx, EnvironmentSpec spec) {
        define(ctx, spec, List.of());
    }

    /**
     * The platform with the project's teams ({@link ProjectTeams}) that are placed in the environment
     * being built. The team files are read at the first build and kept: a command that plans every
     * stack reads and validates them once.
     */
    public static BiConsumer<Context, EnvironmentSpec> withProjectTeams(Path projectRoot) {
        return withProjectTeams(ProjectTeams.readOnce(projectRoot));
    }

    /** The platform with the teams of {@code teams} placed in the environment being built. */
    public static BiConsumer<Context, EnvironmentSpec> withProjectTeams(Supplier<TeamCatalog> teams) {
        return (ctx, spec) -> define(ctx, spec, teams.get().placedIn(ctx.stackName(), spec));
    }

    /**
     * @param teams the teams placed in this environment; every slot gets their namespaces unless the
     *              environment turns team namespaces off
     */
    public static void define(Context ctx, EnvironmentSpec spec, List<TeamSpec> teams) {
        var environment = new EnvironmentContext(ctx.stackName(), spec);
        CloudPlatform platform = spec.isEphemeral() ? EphemeralPlatforms.of(ctx, environment) : switch (spec.cloud()) {
            case AWS -> new AwsPlatform(environment);
            case GCP -> new GcpPlatform(environment);
        };
        var foundation = platform.foundation();
        Output<String> grafanaPassword = spec.addons().monitoring().enabled()
                ? ctx.config().requireSecret(GRAFANA_PASSWORD_KEY)
                : null;

        var slots = new TreeMap<String, ClusterSlot>();
        spec.slots().forEach((slot, slotSpec) ->
                slots.put(slot, new ClusterSlot(environment, slot, slotSpec, platform, grafanaPassword, teams)));

        var endpoints = new TreeMap<String, IngressEndpoint>();
        slots.forEach((slot, clusterSlot) -> clusterSlot.ingress().ifPresent(endpoint -> endpoints.put(slot, endpoint)));
        if (spec.cloud() == Cloud.GCP && !endpoints.isEmpty()) {
            new CloudDnsWeightedRecords(environment, foundation, endpoints, ComponentResourceOptions.builder().build());
        }

        ctx.export("dnsZoneId", foundation.dnsZoneId());
        ctx.export("nameServers", foundation.nameServers());
        ctx.export("backupsBucket", foundation.backupsBucket());
        ctx.export(FoundationExports.LOGS_BUCKET, foundation.logsBucket());
        // Publish this DS record in the parent zone once, after the first `pulumi up` that signs the zone.
        foundation.dsRecord().ifPresent(ds -> ctx.export("dsRecord", ds));
        // What ephemeral children read through their stack reference (nothing on a child).
        foundation.exports().forEach(ctx::export);
        ctx.export(FoundationExports.DOMAIN, Output.of(spec.domain()));
        if (spec.isEphemeral()) {
            ctx.export(EphemeralRecord.OUTPUT, Output.of(EphemeralRecord.of(spec)));
        }
        // The upgrade commands read 'clusters' to tell a written but unapplied step from an applied one.
        ctx.export("clusters", Output.of(slots.values().stream().map(ClusterSlot::clusterName).toList()));
        ctx.export("slots", slotSummaries(spec, slots));
    }

    /** Per slot: cluster name, Kubernetes version, weight and the ingress address, for status and DNS checks. */
    private static Output<Map<String, Map<String, Object>>> slotSummaries(EnvironmentSpec spec, Map<String, ClusterSlot> slots) {
        var names = List.copyOf(slots.keySet());
        var addresses = names.stream()
                .map(slot -> slots.get(slot).ingress().map(IngressEndpoint::address).orElse(Output.of("")))
                .toList();
        return Output.all(addresses).applyValue(resolved -> {
            var summary = new LinkedHashMap<String, Map<String, Object>>();
            for (int i = 0; i < names.size(); i++) {
                var slotSpec = spec.slots().get(names.get(i));
                summary.put(names.get(i), Map.of(
                        "clusterName", slots.get(names.get(i)).clusterName(),
                        "kubernetesVersion", slotSpec.kubernetesVersion(),
                        "weight", slotSpec.weight(),
                        "ingressAddress", resolved.get(i)));
            }
            return summary;
        });
    }
}
