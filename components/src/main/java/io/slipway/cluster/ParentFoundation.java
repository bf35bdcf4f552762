package io.slipway.cluster;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import java.util.List;

/**
 * An ephemeral environment's foundation, whatever the cloud: nothing is created, everything is read
 * from the parent stack's outputs ({@link FoundationExports}). This is what makes a child fast (no
 * network, NAT or zone to wait for) and cheap; it also means the child can never delete any of it.
 * Clusters depend on this component, so they wait for the read. The cloud's subclass adds what its
 * clusters need beyond the zone and the buckets.
 */
public abstract class ParentFoundation extends ComponentResource implements Foundation {
    private final ParentStack parent;

    /**
     * @param type                the cloud's component type token
     * @param name                the child environment's name
     * @param parentQualifiedName {@code <organization>/<project>/<parent stack>}
     */
    protected ParentFoundation(String type, String name, String parentQualifiedName) {
        super(type, name, ComponentResourceOptions.builder().build());
        this.parent = new ParentStack(parentQualifiedName, this);
    }

    /** The parent stack's outputs. */
    protected final ParentStack parent() {
        return parent;
    }

    @Override
    public final Resource resource() {
        return this;
    }

    @Override
    public final Output<String> dnsZoneId() {
        return parent.string(FoundationExports.DNS_ZONE_ID);
    }

    @Override
    public final Output<List<String>> nameServers() {
        return parent.strings(FoundationExports.NAME_SERVERS);
    }

    @Override
    public final Output<String> backupsBucket() {
        return parent.string(FoundationExports.BACKUPS_BUCKET);
    }

    @Override
    public final Output<String> logsBucket() {
        return parent.string(FoundationExports.LOGS_BUCKET);
    }
}
