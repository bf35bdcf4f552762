package io.slipway.addons.teams;

import com.pulumi.aws.eks.AccessEntry;
import com.pulumi.aws.eks.AccessEntryArgs;
import com.pulumi.aws.eks.AccessPolicyAssociation;
import com.pulumi.aws.eks.AccessPolicyAssociationArgs;
import com.pulumi.aws.eks.inputs.AccessPolicyAssociationAccessScopeArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.slipway.cluster.ClusterHandle;
import io.slipway.model.team.TeamNamespaceSpec;
import io.slipway.model.team.TeamSpec;
import java.util.Map;
import java.util.Objects;

/**
 * How a team's owners reach one EKS cluster: an access entry per owner role, mapping it to the team's
 * Kubernetes group (the subject of the namespaces' RoleBindings), with the EKS edit access policy scoped
 * to the team's namespaces. A role that is also an environment admin already has an access entry with
 * cluster admin; EKS allows one entry per role, so it gets none here (it needs no more rights).
 */
public final class EksTeamAccess extends ComponentResource {
    public static final String TYPE = "slipway:teams:EksTeamAccess";
    public static final String EDIT_POLICY = "AmazonEKSEditPolicy";

    /**
     * @param name    {@code <cluster>-team-<team>}
     * @param cluster the slot's EKS cluster. Required.
     * @param team    the team, with at least its owner roles. Required.
     */
    public EksTeamAccess(String name, ClusterHandle cluster, TeamSpec team, ComponentResourceOptions options) {
        super(TYPE, name, options);
        Objects.requireNonNull(team, "team");
        var identity = cluster.aws().orElseThrow(() -> new IllegalArgumentException(
                "team access '" + name + "': access entries exist on EKS only, and " + cluster.clusterName() + " is not an EKS cluster"));
        var admins = cluster.environment().spec().aws().adminRoleArns();
        var tags = new java.util.TreeMap<>(cluster.environment().awsTags(cluster.slot(), "team-access"));
        tags.put("slipway:team", team.name());
        var namespaces = team.namespaces().stream().map(TeamNamespaceSpec::name).sorted().toList();
        for (String role : team.owners().aws()) {
            if (admins.contains(role)) {
                continue;
            }
            String roleName = role.substring(role.lastIndexOf('/') + 1);
            var entry = new AccessEntry(name + "-" + roleName, AccessEntryArgs.builder()
                    .clusterName(cluster.clusterName())
                    .principalArn(role)
                    .type("STANDARD")
                    .kubernetesGroups(team.kubernetesGroup())
                    .tags(tags)
                    .build(), CustomResourceOptions.builder().parent(this).dependsOn(cluster.readiness()).build());
            new AccessPolicyAssociation(name + "-" + roleName, AccessPolicyAssociationArgs.builder()
                    .clusterName(cluster.clusterName())
                    .principalArn(role)
                    .policyArn(identity.partition().applyValue(p -> "arn:" + p + ":eks::aws:cluster-access-policy/" + EDIT_POLICY))
                    .accessScope(AccessPolicyAssociationAccessScopeArgs.builder().type("namespace").namespaces(namespaces).build())
                    .build(), CustomResourceOptions.builder().parent(this).dependsOn(entry).build());
        }
        registerOutputs(Map.of());
    }
}
