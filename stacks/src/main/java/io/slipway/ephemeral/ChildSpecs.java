package io.slipway.ephemeral;

import io.slipway.model.Capacity;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.NodePoolSpec;
import io.slipway.model.SlotSpec;
import io.slipway.model.Tier;
import io.slipway.model.TimeToLive;
import io.slipway.model.addons.AddonsSpec;
import io.slipway.model.addons.BackupsSpec;
import io.slipway.model.addons.IngressSpec;
import io.slipway.model.addons.MonitoringSpec;
import io.slipway.model.cloud.AwsSpec;
import io.slipway.model.cloud.GcpSpec;
import io.slipway.model.ephemeral.EphemeralPolicySpec;
import io.slipway.model.ephemeral.EphemeralSpec;
import io.slipway.ops.RefusedException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Derives an ephemeral environment from its parent: the same cloud, region, tags, admin roles and API
 * networks, one {@code blue} slot with a small on-demand system pool and spot workers of the parent's
 * spot types, backups off, a day of monitoring retention, and records under {@code *.NAME.<parent
 * domain>}. On AWS the child runs on EKS Auto Mode whatever its parent runs ({@code aws.autoMode}
 * left to its default), since nodes launched on demand make it ready sooner. The derivation is deterministic, so the same request always gives the same file.
 */
public final class ChildSpecs {
    public static final int MAX_NAME_LENGTH = EphemeralSpec.MAX_NAME_LENGTH;
    private static final int MAX_WORKERS = 3;
    private static final int MONITORING_STORAGE_GB = 10;

    private ChildSpecs() {}

    /** Refuses a name that is not a short DNS label, naming the argument and what is valid. */
    public static void checkName(String name) {
        if (!EphemeralSpec.isValidName(name)) {
            throw new RefusedException("NAME '" + name + "' is not valid: use a DNS label of 1-" + MAX_NAME_LENGTH
                    + " lower-case letters, digits and '-', starting with a letter and not ending with '-' (e.g. pr-123, jane-test)");
        }
    }

    /** The time to live asked for, or the parent's default, within the parent's maximum. */
    public static Duration ttl(String requested, String parent, EnvironmentSpec parentSpec) {
        EphemeralPolicySpec policy = parentSpec.ephemeralPolicy();
        Duration ttl;
        try {
            ttl = TimeToLive.parse(requested == null ? policy.defaultTtl() : requested);
        } catch (IllegalArgumentException e) {
            throw new RefusedException("--ttl: " + e.getMessage());
        }
        Duration max = TimeToLive.parse(policy.maxTtl());
        if (ttl.compareTo(max) > 0) {
            throw new RefusedException("--ttl " + requested + " is longer than the " + policy.maxTtl() + " that " + parent
                    + " allows (its ephemeralPolicy.maxTtl)");
        }
        return ttl;
    }

    /**
     * The child environment; the request's name, owner and TTL are already checked.
     *
     * @param siblingRanges the control-plane ranges of the other ephemeral environments known, which a GCP child avoids
     */
    public static EnvironmentSpec derive(EphemeralRequest request, EnvironmentSpec parent, Duration ttl, Instant now,
                                         List<String> siblingRanges) {
        String range = parent.gcp() == null ? null : new ControlPlaneRanges().choose(request.name(), request.parent(),
                ControlPlaneRanges.inUse(parent, siblingRanges));
        return derive(request, parent, ttl, now, range);
    }

    /**
     * A standby for {@code parent}: a child like any other, living for the parent's longest time to live,
     * which {@code dev standby} replaces once {@code dev reap} has taken it.
     */
    public static EnvironmentSpec standby(EphemeralRequest request, EnvironmentSpec parent, Instant now, List<String> siblingRanges) {
        EnvironmentSpec child = derive(request, parent, TimeToLive.parse(parent.ephemeralPolicy().maxTtl()), now, siblingRanges);
        EphemeralSpec e = child.ephemeral();
        return child.withEphemeral(new EphemeralSpec(e.parent(), e.owner(), e.createdAt(), e.expiresAt(), true, null));
    }

    /**
     * The standby {@code standby} claimed for {@code request}: derived from the parent again under the
     * standby's name and with its control-plane range (so its clusters and resources stay as they are), with its
     * records under {@code *.NAME.<parent domain>} and the request's owner and expiry.
     */
    public static EnvironmentSpec claimed(FoundChild standby, EphemeralRequest request, EnvironmentSpec parent, Duration ttl,
                                          Instant now) {
        var asStandby = new EphemeralRequest(standby.name(), request.parent(), request.owner(), null, request.kubernetesVersion());
        EnvironmentSpec child = derive(asStandby, parent, ttl, now, standby.controlPlaneRange());
        Instant claimedAt = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return child.withDomain(request.name() + "." + parent.domain())
                .withEphemeral(child.ephemeral().claimedFor(request.name(), request.owner(), claimedAt, claimedAt.plus(ttl)));
    }

    /**
     * A child as its parent derives it, with the {@code ephemeral} block and control-plane range found for it:
     * what tearing down a child whose own file is invalid or missing needs (cloud, region, project, location and
     * API access, which a child always takes from its parent).
     */
    public static EnvironmentSpec derivedAgain(FoundChild found, EnvironmentSpec parent) {
        return derivedAgain(found, parent, null);
    }

    /** As {@link #derivedAgain(FoundChild, EnvironmentSpec)}, on {@code kubernetesVersion} (null: the parent's live slot's). */
    public static EnvironmentSpec derivedAgain(FoundChild found, EnvironmentSpec parent, String kubernetesVersion) {
        EphemeralSpec e = found.ephemeral();
        var request = new EphemeralRequest(found.name(), e.parent(), e.owner(), null, kubernetesVersion);
        EnvironmentSpec child = derive(request, parent, Duration.ZERO, Instant.EPOCH, parent.gcp() == null ? null
                : found.controlPlaneRange() == null ? parent.gcp().masterCidr() : found.controlPlaneRange());
        return (e.claimedAs() == null ? child : child.withDomain(e.claimedAs() + "." + parent.domain())).withEphemeral(e);
    }

    /** @param masterCidr the GKE child's control-plane /28; null for an AWS child */
    private static EnvironmentSpec derive(EphemeralRequest request, EnvironmentSpec parent, Duration ttl, Instant now,
                                          String masterCidr) {
        if (parent.isEphemeral()) {
            throw new RefusedException("--from " + request.parent() + ": it is itself ephemeral (child of "
                    + parent.ephemeral().parent() + "); derive from a long-lived environment");
        }
        SlotSpec live = parent.slots().values().stream().max(Comparator.comparing(SlotSpec::weight)).orElseThrow();
        String version = request.kubernetesVersion() == null ? live.kubernetesVersion() : request.kubernetesVersion();
        var slot = new SlotSpec(version, 100, cheapPools(live.nodePools()));
        Instant created = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var ephemeral = new EphemeralSpec(request.parent(), request.owner(), created.toString(), created.plus(ttl).toString());
        return new EnvironmentSpec(parent.cloud(), Tier.DEV, parent.region(), request.name() + "." + parent.domain(),
                parent.network(), parent.apiAccess(), parent.tags(), Map.of(EnvironmentSpec.BLUE, slot), parent.dns(),
                cheapAddons(parent.addons()), parent.aws() == null ? null : new AwsSpec(parent.aws().adminRoleArns(), null, false, null),
                childGcp(parent, masterCidr), null, parent.teams(), ephemeral, null, null,
                parent.waivers());
    }

    /** The system pool on demand at its smallest, plus the spot pools (or the others, made spot) capped small. */
    private static List<NodePoolSpec> cheapPools(List<NodePoolSpec> pools) {
        var cheap = new ArrayList<NodePoolSpec>();
        boolean anySpot = pools.stream().anyMatch(NodePoolSpec::isSpot);
        for (NodePoolSpec pool : pools) {
            if (pool.system()) {
                cheap.add(new NodePoolSpec(pool.name(), true, Capacity.ON_DEMAND, List.of(pool.instanceTypes().get(0)), 1, 2, 1,
                        pool.diskSizeGb(), pool.labels(), pool.taints()));
            } else if (pool.isSpot() || !anySpot) {
                cheap.add(new NodePoolSpec(pool.name(), false, Capacity.SPOT, pool.instanceTypes(), 0,
                        Math.min(MAX_WORKERS, Math.max(1, pool.max())), 1, pool.diskSizeGb(), pool.labels(), pool.taints()));
                if (!anySpot) {
                    break;
                }
            }
        }
        return cheap;
    }

    private static AddonsSpec cheapAddons(AddonsSpec addons) {
        var monitoring = addons.monitoring();
        var backups = addons.backups();
        return new AddonsSpec(new IngressSpec(addons.ingress().enabled(), 1, addons.ingress().internal(),
                addons.ingress().allowPlainHttp(), false),
                new MonitoringSpec(monitoring.enabled(), "1d", MONITORING_STORAGE_GB, monitoring.pendingPodsMinutes(),
                        monitoring.runbookBaseUrl()),
                addons.autoscaler(),
                new BackupsSpec(false, backups.schedule(), backups.retentionDays(), backups.volumeSnapshots(), null),
                addons.externalDns(), addons.certManager(), addons.metricsServer());
    }

    /**
     * The parent's project, location and ranges, no deletion protection, and a control-plane /28 of
     * its own: private GKE control planes in one VPC must not share their peering range.
     */
    private static GcpSpec childGcp(EnvironmentSpec parent, String masterCidr) {
        GcpSpec gcp = parent.gcp();
        if (gcp == null) {
            return null;
        }
        return new GcpSpec(gcp.project(), gcp.locationMode(), gcp.zone(), gcp.releaseChannel(), false, gcp.podsCidr(),
                gcp.servicesCidr(), masterCidr, gcp.maintenanceStartTime(), gcp.autoscalingProfile(), gcp.existingNetwork(),
                gcp.rbacSecurityGroup());
    }
}
