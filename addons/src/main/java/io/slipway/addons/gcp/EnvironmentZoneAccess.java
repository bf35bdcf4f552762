package io.slipway.addons.gcp;

import com.pulumi.gcp.dns.DnsManagedZoneIamMember;
import com.pulumi.gcp.dns.DnsManagedZoneIamMemberArgs;
import com.pulumi.gcp.projects.IAMCustomRole;
import com.pulumi.gcp.projects.IAMCustomRoleArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.cluster.ClusterHandle;
import java.util.List;

/**
 * Record changes in the environment's Cloud DNS zone for an add-on that writes DNS records
 * (external-dns, cert-manager's DNS-01 solver): a custom role of exactly the record-set and change
 * permissions both need, granted on the zone itself, never on the project. Unlike
 * {@code roles/dns.admin}, it cannot touch the zone's DNSSEC settings, its IAM policy or the zone
 * itself, nor any other zone.
 */
public final class EnvironmentZoneAccess {
    /**
     * What cert-manager's Cloud DNS solver (with {@code hostedZoneName}) and external-dns's google
     * provider call on a zone: list, create, update and delete record sets, submit a change and poll it.
     * Listing zones is a project-level call, granted to external-dns separately.
     */
    public static final List<String> RECORD_PERMISSIONS = List.of(
            "dns.changes.create", "dns.changes.get", "dns.changes.list",
            "dns.resourceRecordSets.create", "dns.resourceRecordSets.delete", "dns.resourceRecordSets.get",
            "dns.resourceRecordSets.list", "dns.resourceRecordSets.update");

    private EnvironmentZoneAccess() {}

    /**
     * Creates the custom role {@code <name>-zone-records} and grants it on the zone to {@code identity},
     * as {@code <name>-zone}, children of {@code parent}.
     */
    public static DnsManagedZoneIamMember grant(String name, String component, ClusterHandle cluster, GcpWorkloadIdentity identity,
                                                Resource parent) {
        var gcp = cluster.gcp().orElseThrow();
        String roleId = GcpWorkloadIdentity.roleId(cluster.clusterName(), component + "_zone_records");
        var role = new IAMCustomRole(name + "-zone-records", IAMCustomRoleArgs.builder()
                .project(gcp.project())
                .roleId(roleId)
                .title(component + " record writer of " + cluster.clusterName())
                .description("Record sets and changes in the environment's zone, granted on that zone only")
                .permissions(RECORD_PERMISSIONS)
                .build(), CustomResourceOptions.builder().parent(parent).build());
        return new DnsManagedZoneIamMember(name + "-zone", DnsManagedZoneIamMemberArgs.builder()
                .project(gcp.project())
                .managedZone(cluster.foundation().dnsZoneId())
                .role("projects/" + gcp.project() + "/roles/" + roleId)
                .member(identity.member())
                .build(), CustomResourceOptions.builder().parent(parent).dependsOn(role).build());
    }
}
