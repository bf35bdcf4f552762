package io.slipway.aws.dns;

import com.pulumi.aws.route53.Zone;
import com.pulumi.aws.route53.ZoneArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.slipway.cluster.EnvironmentContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The environment's public Route 53 zone. It outlives every cluster slot and its name servers are
 * delegated to by hand from the parent domain, so it is protected and never force-destroyed: a
 * recreated zone gets new name servers and breaks the delegation.
 */
public final class HostedZone extends ComponentResource {
    public static final String TYPE = "slipway:aws:HostedZone";
    public static final String COMPONENT = "dns";
    private static final String DOMAIN = "(?=.{1,253}$)([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}";

    private final Output<String> zoneId;
    private final Output<String> zoneArn;
    private final Output<List<String>> nameServers;

    public HostedZone(String name, HostedZoneArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var environment = args.environment();
        String domain = environment.spec().domain().toLowerCase(Locale.ROOT).replaceFirst("\\.$", "");
        if (!domain.matches(DOMAIN)) {
            throw new IllegalArgumentException("domain '" + environment.spec().domain()
                    + "' is not a DNS name such as dev.example.com");
        }
        var tags = new TreeMap<>(environment.awsTags(EnvironmentContext.SHARED_SLOT, COMPONENT));
        tags.put("Name", domain);
        var zone = new Zone(name, ZoneArgs.builder()
                .name(domain)
                .comment("Slipway environment " + environment.name())
                .forceDestroy(false)
                .tags(tags)
                .build(), CustomResourceOptions.builder().parent(this).protect(true).build());
        this.zoneId = zone.zoneId();
        this.zoneArn = zone.arn();
        this.nameServers = zone.nameServers();
        registerOutputs(Map.of("zoneId", zoneId, "zoneArn", zoneArn, "nameServers", nameServers));
    }

    public Output<String> zoneId() {
        return zoneId;
    }

    public Output<String> zoneArn() {
        return zoneArn;
    }

    /** The zone's four name servers: create an NS record for the domain with these in the parent zone. */
    public Output<List<String>> nameServers() {
        return nameServers;
    }
}
