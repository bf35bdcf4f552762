package io.slipway.platform;

import com.pulumi.Context;
import com.pulumi.core.Output;
import io.slipway.aws.AwsPlatform;
import io.slipway.cluster.CloudPlatform;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.gcp.GcpPlatform;
import io.slipway.model.EnvironmentSpec;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one Pulumi program of Slipway: an environment's foundation, then one {@link ClusterSlot} per
 * slot. It runs unchanged under {@code pulumi up} and under the offline plan; nothing here knows
 * which. The spec it gets is already validated.
 */
public final class PlatformProgram {
    private PlatformProgram() {}

    public static void define(Context ctx, EnvironmentSpec spec) {
        var environment = new EnvironmentContext(ctx.stackName(), spec);
        CloudPlatform platform = switch (spec.cloud()) {
            case AWS -> new AwsPlatform(environment);
            case GCP -> new GcpPlatform(environment);
        };
        var foundation = platform.foundation();
        ctx.export("dnsZoneId", foundation.dnsZoneId());
        ctx.export("nameServers", foundation.nameServers());
        ctx.export("backupsBucket", foundation.backupsBucket());

        Map<String, Output<String>> clusters = new TreeMap<>();
        spec.slots().forEach((slot, slotSpec) -> {
            var clusterSlot = new ClusterSlot(environment, slot, slotSpec, platform);
            clusters.put(slot, Output.of(clusterSlot.clusterName()));
        });
        ctx.export("clusters", Output.all(clusters.values()).applyValue(names -> names));
    }
}
