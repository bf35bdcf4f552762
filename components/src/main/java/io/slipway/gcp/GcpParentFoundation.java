package io.slipway.gcp;

import com.pulumi.core.Output;
import io.slipway.cluster.FoundationExports;
import io.slipway.cluster.ParentFoundation;
import java.util.Map;

/**
 * An ephemeral GCP environment's {@link ParentFoundation}: besides the zone and the buckets, the
 * parent's network, subnet and secondary ranges and its secrets key, read from the parent stack.
 */
public final class GcpParentFoundation extends ParentFoundation implements GcpFoundationOutputs {
    public static final String TYPE = "slipway:gcp:ParentFoundation";

    /**
     * @param name                the child environment's name
     * @param parentQualifiedName {@code <organization>/<project>/<parent stack>}
     */
    public GcpParentFoundation(String name, String parentQualifiedName) {
        super(TYPE, name, parentQualifiedName);
        registerOutputs(Map.of("network", networkId(), "dnsZone", dnsZoneId()));
    }

    @Override
    public Output<String> networkId() {
        return parent().string(FoundationExports.GCP_NETWORK);
    }

    @Override
    public Output<String> subnetworkId() {
        return parent().string(FoundationExports.GCP_SUBNETWORK);
    }

    @Override
    public Output<String> podsRangeName() {
        return parent().string(FoundationExports.GCP_PODS_RANGE);
    }

    @Override
    public Output<String> servicesRangeName() {
        return parent().string(FoundationExports.GCP_SERVICES_RANGE);
    }

    @Override
    public Output<String> clusterSecretsKey() {
        return parent().string(FoundationExports.GCP_CLUSTER_SECRETS_KEY);
    }
}
