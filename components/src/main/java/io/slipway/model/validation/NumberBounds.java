package io.slipway.model.validation;

import io.slipway.model.LogsSpec;
import io.slipway.model.NodePoolSpec;
import io.slipway.model.SlotSpec;
import io.slipway.model.addons.BackupsSpec;
import io.slipway.model.addons.IngressSpec;
import io.slipway.model.addons.MonitoringSpec;
import io.slipway.model.ephemeral.EphemeralPolicySpec;
import io.slipway.model.network.DnsSpec;
import io.slipway.model.network.NetworkSpec;
import io.slipway.model.team.TeamQuotaSpec;
import io.slipway.model.validation.cluster.NodePoolRule;
import java.util.Map;
import java.util.Optional;

/**
 * The range of every whole number of the environment model, checked by {@link StructuralCheck} before
 * any rule or any arithmetic sees the value, so a huge, negative, {@code .nan} or {@code .inf} value is
 * reported at its key with its range and never reaches the program. Every whole-number field needs an
 * entry here (a test enforces it). Limits from the clouds' documentation or, where the cloud allows
 * more, what a platform can sensibly mean; cloud-specific limits tighter than these are rules.
 */
public final class NumberBounds {
    /** An inclusive range and why its ends are where they are. */
    public record Range(long min, long max, String why) {
        public boolean contains(long value) {
            return value >= min && value <= max;
        }

        @Override
        public String toString() {
            return min + ".." + max;
        }
    }

    /** GKE's per-zone node pool limit; EKS managed node groups stop at 450 (see {@link NodePoolRule}). */
    public static final int MAX_POOL_NODES = 1000;

    private static final Map<String, Range> RANGES = Map.ofEntries(
            entry(NetworkSpec.class, "zones", 1, 6, "no region has more than 6 zones"),
            entry(SlotSpec.class, "weight", 0, 100, "a share of the traffic in percent"),
            entry(NodePoolSpec.class, "min", 0, MAX_POOL_NODES, "GKE allows 1000 nodes per pool and zone"),
            entry(NodePoolSpec.class, "max", 1, MAX_POOL_NODES, "GKE allows 1000 nodes per pool and zone"),
            entry(NodePoolSpec.class, "desired", 0, MAX_POOL_NODES, "GKE allows 1000 nodes per pool and zone"),
            entry(NodePoolSpec.class, "diskSizeGb", 20, 16_384, "a node needs 20 GiB for images and logs; gp3 volumes end at 16 TiB"),
            entry(DnsSpec.class, "ttlSeconds", 10, 86_400, "shorter defeats caching, longer makes weight shifts take a day"),
            entry(BackupsSpec.class, "retentionDays", 1, 3_650, "ten years; Velero's TTL is a Go duration in hours"),
            entry(MonitoringSpec.class, "storageGb", 1, 16_384, "gp3 volumes end at 16 TiB"),
            entry(MonitoringSpec.class, "pendingPodsMinutes", 1, 1_440, "an alert later than a day is no alert"),
            entry(IngressSpec.class, "replicas", 1, 50, "more Traefik pods than that is a misconfiguration"),
            entry(BackupsSpec.class, "lockDays", 1, BackupsSpec.MAX_LOCK_DAYS, "S3 Object Lock ends at 100 years"),
            entry(LogsSpec.class, "retentionDays", 1, 3_653, "CloudWatch Logs keeps ten years at most"),
            entry(EphemeralPolicySpec.class, "maxEnvironments", 1, 100, "more short-lived clusters per parent is a runaway loop, not a team"),
            entry(EphemeralPolicySpec.class, "standby", 0, 10, "each standby is a cluster running idle; more is waste, not speed"),
            entry(TeamQuotaSpec.class, "pods", 0, 10_000, "a namespace past that is a cluster of its own"),
            entry(TeamQuotaSpec.class, "loadBalancers", 0, 50, "teams are reached through the shared ingress"),
            entry(TeamQuotaSpec.class, "persistentVolumeClaims", 0, 1_000, "EBS and PD attach limits per node make more unschedulable"));

    private NumberBounds() {}

    /** The range of a whole-number field of a model record. */
    public static Optional<Range> of(Class<?> record, String component) {
        return Optional.ofNullable(RANGES.get(record.getName() + "." + component));
    }

    private static Map.Entry<String, Range> entry(Class<?> record, String component, long min, long max, String why) {
        return Map.entry(record.getName() + "." + component, new Range(min, max, why));
    }
}
