package io.slipway.gcp.dns;

import com.pulumi.core.Output;
import com.pulumi.gcp.dns.ManagedZone;
import com.pulumi.gcp.dns.ManagedZoneArgs;
import com.pulumi.gcp.dns.inputs.ManagedZoneDnssecConfigArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Map;

/**
 * The environment's public Cloud DNS zone, shared by its slots. DNSSEC is on, so resolvers can
 * tell Slipway's records from forged ones once the parent zone holds the DS record. The zone is
 * protected: deleting it would change its name servers and break the delegation from the parent
 * domain, an outage no stack update should be able to cause.
 */
public final class CloudDnsZone extends ComponentResource {
    public static final String TYPE = "slipway:gcp:CloudDnsZone";

    private final Output<String> zoneName;
    private final Output<String> dnsName;
    private final Output<List<String>> nameServers;

    public CloudDnsZone(String name, CloudDnsZoneArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var zone = new ManagedZone(name, ManagedZoneArgs.builder()
                .project(args.project())
                .name(args.zoneName())
                .dnsName(args.domain() + ".")
                .description("Slipway environment zone for " + args.domain())
                .visibility("public")
                .dnssecConfig(ManagedZoneDnssecConfigArgs.builder()
                        .state("on")
                        // NSEC3 does not let anyone walk the zone to list every name in it.
                        .nonExistence("nsec3")
                        .build())
                .forceDestroy(false)
                .labels(args.labels())
                .build(), CustomResourceOptions.builder().parent(this).protect(true).build());
        this.zoneName = zone.name();
        this.dnsName = zone.dnsName();
        this.nameServers = zone.nameServers();
        registerOutputs(Map.of("zoneName", zoneName, "dnsName", dnsName, "nameServers", nameServers));
    }

    /** The managed zone's name, what record sets take as {@code managedZone}. */
    public Output<String> zoneName() {
        return zoneName;
    }

    /** The zone's DNS name, with the trailing dot. */
    public Output<String> dnsName() {
        return dnsName;
    }

    /** The name servers to delegate the domain to from its parent zone. */
    public Output<List<String>> nameServers() {
        return nameServers;
    }
}
