package io.slipway.addons.teams;

import com.pulumi.kubernetes.core.v1.LimitRange;
import com.pulumi.kubernetes.core.v1.LimitRangeArgs;
import com.pulumi.kubernetes.core.v1.Namespace;
import com.pulumi.kubernetes.core.v1.NamespaceArgs;
import com.pulumi.kubernetes.core.v1.ResourceQuota;
import com.pulumi.kubernetes.core.v1.ResourceQuotaArgs;
import com.pulumi.kubernetes.core.v1.inputs.LimitRangeItemArgs;
import com.pulumi.kubernetes.core.v1.inputs.LimitRangeSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.ResourceQuotaSpecArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.kubernetes.rbac.v1.RoleBinding;
import com.pulumi.kubernetes.rbac.v1.RoleBindingArgs;
import com.pulumi.kubernetes.rbac.v1.inputs.RoleRefArgs;
import com.pulumi.kubernetes.rbac.v1.inputs.SubjectArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.slipway.cluster.ClusterHandle;
import io.slipway.model.team.ContainerDefaultsSpec;
import io.slipway.model.team.PodSecurityLevel;
import io.slipway.model.team.TeamNamespaceSpec;
import io.slipway.model.team.TeamQuotaSpec;
import io.slipway.model.team.TeamSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One namespace of an application team on one slot's cluster: the namespace with Pod Security
 * Admission labels and the team's cost labels, its ResourceQuota and LimitRange (the team file's
 * overrides over the environment's over the tier's), its NetworkPolicies ({@link TeamNetworkPolicies})
 * and the RoleBinding of the team's owners to the built-in {@code edit} ClusterRole in this namespace
 * only. Everything waits for the cluster's readiness, so a new slot has it before traffic moves.
 */
public final class TeamNamespace extends ComponentResource {
    public static final String TYPE = "slipway:teams:TeamNamespace";
    public static final String TEAM_LABEL = "slipway.io/team";
    public static final String COST_CENTER_LABEL = "slipway.io/cost-center";
    public static final String PSA_PREFIX = "pod-security.kubernetes.io/";
    /** Kubernetes' aggregated role for read-write access to most objects of a namespace, without RBAC or quota changes. */
    public static final String EDIT_ROLE = "edit";
    private static final Pattern MINOR = Pattern.compile("(\\d+\\.\\d+).*");

    public TeamNamespace(String name, TeamNamespaceArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var cluster = args.cluster();
        var team = args.team();
        var spec = args.namespace();
        var tier = cluster.environment().spec().tier();
        var teams = cluster.environment().spec().teams();
        var opts = CustomResourceOptions.builder().parent(this).provider(cluster.kubernetes())
                .dependsOn(cluster.readiness()).build();

        var namespace = new Namespace(name, NamespaceArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(spec.name()).labels(labels(cluster, team, spec))
                        .annotations(annotations(team, spec)).build())
                .build(), opts);
        // Everything in the namespace waits for it; deleting the namespace last keeps the quota in force until the end.
        var inNamespace = CustomResourceOptions.builder().parent(this).provider(cluster.kubernetes()).dependsOn(namespace).build();

        TeamQuotaSpec quota = spec.quota().over(teams.quotaFor(tier));
        new ResourceQuota(name + "-quota", ResourceQuotaArgs.builder()
                .metadata(metadata("team-quota", spec.name(), team))
                .spec(ResourceQuotaSpecArgs.builder().hard(hard(quota)).build())
                .build(), inNamespace);

        ContainerDefaultsSpec containers = spec.containerDefaults().over(teams.containerDefaultsFor(tier));
        new LimitRange(name + "-limits", LimitRangeArgs.builder()
                .metadata(metadata("team-container-defaults", spec.name(), team))
                .spec(LimitRangeSpecArgs.builder().limits(LimitRangeItemArgs.builder()
                        .type("Container")
                        .defaultRequest(Map.of("cpu", containers.cpuRequest(), "memory", containers.memoryRequest()))
                        .default_(Map.of("cpu", containers.cpuLimit(), "memory", containers.memoryLimit()))
                        .build()).build())
                .build(), inNamespace);

        TeamNetworkPolicies.create(name, cluster, team, spec, this, inNamespace);

        var owners = owners(cluster, team);
        // A team without owners on this cloud (only GCP groups, on EKS) deploys through its pipeline: nobody to bind.
        if (!owners.isEmpty()) {
            new RoleBinding(name + "-owners", RoleBindingArgs.builder()
                    .metadata(metadata(team.name() + "-owners", spec.name(), team))
                    .roleRef(RoleRefArgs.builder().apiGroup("rbac.authorization.k8s.io").kind("ClusterRole").name(EDIT_ROLE).build())
                    .subjects(owners)
                    .build(), inNamespace);
        }
        registerOutputs(Map.of());
    }

    /** Pod Security: the team's level enforced, restricted always audited and warned about, so teams on baseline see what to fix. */
    private static Map<String, String> labels(ClusterHandle cluster, TeamSpec team, TeamNamespaceSpec spec) {
        var labels = new TreeMap<String, String>();
        labels.put(PSA_PREFIX + "enforce", spec.podSecurity().level().label());
        labels.put(PSA_PREFIX + "enforce-version", podSecurityVersion(cluster.slotSpec().kubernetesVersion()));
        labels.put(PSA_PREFIX + "audit", PodSecurityLevel.RESTRICTED.label());
        labels.put(PSA_PREFIX + "warn", PodSecurityLevel.RESTRICTED.label());
        labels.put(TEAM_LABEL, team.name());
        labels.put(COST_CENTER_LABEL, team.costCenter());
        labels.put("app.kubernetes.io/managed-by", "slipway");
        return labels;
    }

    private static Map<String, String> annotations(TeamSpec team, TeamNamespaceSpec spec) {
        var annotations = new TreeMap<String, String>();
        annotations.put("slipway.io/contact", team.contact());
        if (spec.podSecurity().reason() != null) {
            annotations.put("slipway.io/pod-security-reason", spec.podSecurity().reason());
        }
        return annotations;
    }

    /**
     * The enforced Pod Security version is pinned to the cluster's minor, so a Kubernetes upgrade (a new
     * slot) does not tighten the policy under running workloads without the team seeing warnings first.
     */
    static String podSecurityVersion(String kubernetesVersion) {
        Matcher m = MINOR.matcher(kubernetesVersion);
        return m.matches() ? "v" + m.group(1) : "latest";
    }

    static ObjectMetaArgs metadata(String name, String namespace, TeamSpec team) {
        return ObjectMetaArgs.builder().name(name).namespace(namespace)
                .labels(Map.of(TEAM_LABEL, team.name(), "app.kubernetes.io/managed-by", "slipway")).build();
    }

    /** NodePort Services are always 0: they open node ports around the NetworkPolicies and the shared ingress. */
    private static Map<String, String> hard(TeamQuotaSpec quota) {
        var hard = new TreeMap<String, String>();
        hard.put("requests.cpu", quota.cpu());
        hard.put("requests.memory", quota.memory());
        hard.put("limits.cpu", quota.cpuLimit());
        hard.put("limits.memory", quota.memoryLimit());
        hard.put("pods", String.valueOf(quota.pods()));
        hard.put("services.loadbalancers", String.valueOf(quota.loadBalancers()));
        hard.put("services.nodeports", "0");
        hard.put("persistentvolumeclaims", String.valueOf(quota.persistentVolumeClaims()));
        hard.put("requests.storage", quota.storage());
        return hard;
    }

    /**
     * Who the RoleBinding names. On EKS, the owners' roles are mapped by their access entries to the team's
     * Kubernetes group ({@link TeamSpec#kubernetesGroup()}); on GKE, Google groups and users are named as
     * themselves (groups resolve through Google Groups for RBAC).
     */
    static List<SubjectArgs> owners(ClusterHandle cluster, TeamSpec team) {
        var subjects = new ArrayList<SubjectArgs>();
        if (cluster.aws().isPresent()) {
            if (!team.owners().aws().isEmpty()) {
                subjects.add(subject("Group", team.kubernetesGroup()));
            }
        } else {
            for (String principal : team.owners().gcp()) {
                int colon = principal.indexOf(':');
                subjects.add(subject(principal.startsWith("group:") ? "Group" : "User", principal.substring(colon + 1)));
            }
        }
        return subjects;
    }

    private static SubjectArgs subject(String kind, String name) {
        return SubjectArgs.builder().apiGroup("rbac.authorization.k8s.io").kind(kind).name(name).build();
    }
}
