package io.slipway.addons.gcp;

import com.pulumi.gcp.dns.DnsManagedZoneIamMember;
import com.pulumi.gcp.dns.DnsManagedZoneIamMemberArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.cluster.ClusterHandle;

/**
 * Record changes in the environment's Cloud DNS zone for an add-on that writes DNS records
 * (external-dns, cert-manager's DNS-01 solver). The role is granted on the zone itself, never on
 * the project, so the add-on cannot touch any other zone.
 */
public final class EnvironmentZoneAccess {
    private EnvironmentZoneAccess() {}

    /** Grants {@code roles/dns.admin} on the zone to {@code identity}, as {@code <name>-zone}, a child of {@code parent}. */
    public static DnsManagedZoneIamMember grant(String name, ClusterHandle cluster, GcpWorkloadIdentity identity, Resource parent) {
        return new DnsManagedZoneIamMember(name + "-zone", DnsManagedZoneIamMemberArgs.builder()
                .project(cluster.gcp().orElseThrow().project())
                .managedZone(cluster.foundation().dnsZoneId())
                .role("roles/dns.admin")
                .member(identity.member())
                .build(), CustomResourceOptions.builder().parent(parent).build());
    }
}
