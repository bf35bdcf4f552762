package io.slipway.gcp;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.cluster.FoundationExports;
import io.slipway.cluster.ParentStack;
import java.util.List;
import java.util.Map;

/**
 * An ephemeral GCP environment's foundation: nothing is created, the parent's network, subnet and
 * ranges, Cloud DNS zone, secrets key and backups bucket are read from the parent stack's outputs.
 */
public final class GcpParentFoundation extends ComponentResource implements GcpFoundationOutputs {
    public static final String TYPE = "slipway:gcp:ParentFoundation";

    private final ParentStack parent;

    /**
     * @param name                the child environment's name
     * @param parentQualifiedName {@code <organization>/<project>/<parent stack>}
     */
    public GcpParentFoundation(String name, String parentQualifiedName) {
        super(TYPE, name, ComponentResourceOptions.builder().build());
        this.parent = new ParentStack(parentQualifiedName, this);
        registerOutputs(Map.of("network", networkId(), "dnsZone", dnsZoneId()));
    }

    @Override
    public Resource resource() {
        return this;
    }

    @Override
    public Output<String> dnsZoneId() {
        return parent.string(FoundationExports.DNS_ZONE_ID);
    }

    @Override
    public Output<List<String>> nameServers() {
        return parent.strings(FoundationExports.NAME_SERVERS);
    }

    @Override
    public Output<String> backupsBucket() {
        return parent.string(FoundationExports.BACKUPS_BUCKET);
    }

    @Override
    public Output<String> logsBucket() {
        return parent.string(FoundationExports.LOGS_BUCKET);
    }

    @Override
    public Output<String> networkId() {
        return parent.string(FoundationExports.GCP_NETWORK);
    }

    @Override
    public Output<String> subnetworkId() {
        return parent.string(FoundationExports.GCP_SUBNETWORK);
    }

    @Override
    public Output<String> podsRangeName() {
        return parent.string(FoundationExports.GCP_PODS_RANGE);
    }

    @Override
    public Output<String> servicesRangeName() {
        return parent.string(FoundationExports.GCP_SERVICES_RANGE);
    }

    @Override
    public Output<String> clusterSecretsKey() {
        return parent.string(FoundationExports.GCP_CLUSTER_SECRETS_KEY);
    }
}
