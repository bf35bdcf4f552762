package io.slipway.addons.metrics;

import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.addons.AddonArgs;
import io.slipway.addons.PinnedRelease;
import io.slipway.addons.lock.Addon;
import io.slipway.cluster.ClusterHandle;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * metrics-server on EKS: the resource metrics API behind {@code kubectl top} and
 * HorizontalPodAutoscalers. GKE ships its own, so it is never installed there.
 */
public final class MetricsServer extends ComponentResource {
    public static final String TYPE = "slipway:addons:MetricsServer";

    public MetricsServer(String name, AddonArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var cluster = args.cluster();
        if (cluster.aws().isEmpty()) {
            throw new IllegalArgumentException("metrics-server is installed on EKS only; GKE runs its own in " + cluster.clusterName());
        }
        PinnedRelease.installInKubeSystem(name, args.lock().pin(Addon.METRICS_SERVER), values(cluster),
                PinnedRelease.DEFAULT_TIMEOUT_SECONDS, args, this);
        registerOutputs(Map.of());
    }

    static Map<String, Object> values(ClusterHandle cluster) {
        // HPAs stop scaling while the metrics API is down: keep two replicas where an outage matters.
        boolean productionLike = cluster.environment().spec().tier().isProductionLike();
        var values = new LinkedHashMap<String, Object>();
        values.put("replicas", productionLike ? 2 : 1);
        values.put("podDisruptionBudget", Map.of("enabled", productionLike, "maxUnavailable", 1));
        return values;
    }
}
