package io.slipway.model.validation.team;

import io.slipway.model.team.IngressSourceSpec;
import io.slipway.model.team.PodSecurityLevel;
import io.slipway.model.team.TeamNamespaceSpec;
import io.slipway.model.team.TeamOwnersSpec;
import io.slipway.model.team.TeamPlacement;
import io.slipway.model.team.TeamSpec;
import io.slipway.model.validation.Findings;
import io.slipway.model.validation.KeyPaths;
import io.slipway.model.validation.KeySuggestions;
import io.slipway.model.validation.ValueShapes;
import io.slipway.model.validation.cloud.AwsSettingsRule;
import io.slipway.model.validation.cluster.KubernetesLabelRule;
import io.slipway.model.validation.network.Cidr;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The semantic rules of one team file ({@code teams/<team>.yaml}), run on the structurally checked
 * team: names, owners, placement, and each namespace's name, quota, container defaults, Pod Security
 * level and extra ingress sources. Rules across team files (a namespace claimed twice) live in the loader.
 */
public final class TeamRule {
    /** A DNS-1123 label: what Kubernetes accepts as a namespace name. */
    static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    private static final Pattern GCP_PRINCIPAL = Pattern.compile("(group|user):(.+)");
    /** Kubernetes reserves the kube- prefix for its own namespaces. */
    private static final String RESERVED_PREFIX = "kube-";

    private final Set<String> environments;
    private final Set<String> platformNamespaces;

    /**
     * @param environments       the environment (stack) names there are, for placement by name
     * @param platformNamespaces namespaces the platform itself uses (kube-system, the add-ons'), never a team's
     */
    public TeamRule(Set<String> environments, Set<String> platformNamespaces) {
        this.environments = new TreeSet<>(environments);
        this.platformNamespaces = new TreeSet<>(platformNamespaces);
    }

    /** Checks a team read from the file {@code teams/<fileStem>.yaml}. */
    public void check(TeamSpec team, String fileStem, Findings findings) {
        if (team.name() != null) {
            if (!DNS_LABEL.matcher(team.name()).matches()) {
                findings.error("name", "'" + team.name() + "' is not a valid team name; " + dnsLabelRule());
            } else if (!team.name().equals(fileStem)) {
                findings.error("name", "the team '" + team.name() + "' must live in teams/" + team.name()
                        + ".yaml (one file per team, named after it), not in " + fileStem + ".yaml");
            }
        }
        if (team.contact() != null && !ValueShapes.isEmail(team.contact())) {
            findings.error("contact", "'" + team.contact() + "' is not an e-mail address; the platform team reaches the team there");
        }
        if (team.costCenter() != null && (team.costCenter().isEmpty() || !KubernetesLabelRule.isValidValue(team.costCenter()))) {
            findings.error("costCenter", "'" + team.costCenter() + "' cannot be a Kubernetes label value; "
                    + "expected 1-63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit");
        }
        if (team.owners() != null) {
            checkOwners(team.owners(), findings);
        }
        if (team.environments() != null) {
            checkPlacement(team.environments(), findings);
        }
        checkNamespaces(team.namespaces(), findings);
    }

    private static void checkOwners(TeamOwnersSpec owners, Findings findings) {
        if (owners.aws().isEmpty() && owners.gcp().isEmpty()) {
            findings.error("owners", "no owners: list AWS role ARNs under owners.aws and/or GCP groups or users under owners.gcp");
        }
        for (int i = 0; i < owners.aws().size(); i++) {
            String arn = owners.aws().get(i);
            if (!AwsSettingsRule.ROLE_ARN.matcher(arn).matches()) {
                findings.error(KeyPaths.element("owners.aws", i), "'" + arn
                        + "' is not an IAM role ARN; expected arn:aws:iam::<12-digit account>:role/<name>");
            }
        }
        for (int i = 0; i < owners.gcp().size(); i++) {
            String principal = owners.gcp().get(i);
            var m = GCP_PRINCIPAL.matcher(principal);
            if (!m.matches() || !ValueShapes.isEmail(m.group(2))) {
                findings.error(KeyPaths.element("owners.gcp", i), "'" + principal
                        + "' is not a GCP principal; expected group:<e-mail> or user:<e-mail>, e.g. group:payments@example.com");
            }
        }
    }

    private void checkPlacement(TeamPlacement placement, Findings findings) {
        if (placement.tier() != null) {
            return;
        }
        if (placement.names().isEmpty()) {
            findings.error("environments", "no environments: list environment names, e.g. [dev, staging], or write {tier: dev}");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < placement.names().size(); i++) {
            String name = placement.names().get(i);
            String path = KeyPaths.element("environments", i);
            if (!seen.add(name)) {
                findings.error(path, "'" + name + "' is listed twice");
            } else if (!environments.contains(name)) {
                String suggestion = KeySuggestions.closest(name, environments).map(s -> "did you mean '" + s + "'? ").orElse("");
                findings.error(path, "there is no environment '" + name + "' (no environments/Pulumi." + name + ".yaml); "
                        + suggestion + "environments: " + String.join(", ", environments));
            }
        }
    }

    private void checkNamespaces(List<TeamNamespaceSpec> namespaces, Findings findings) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < namespaces.size(); i++) {
            TeamNamespaceSpec namespace = namespaces.get(i);
            String path = KeyPaths.element("namespaces", i);
            if (namespace.name() != null) {
                checkNamespaceName(namespace.name(), KeyPaths.child(path, "name"), findings);
                if (!seen.add(namespace.name())) {
                    findings.error(KeyPaths.child(path, "name"), "'" + namespace.name() + "' is listed twice in this team");
                }
            }
            TeamQuotaChecks.checkQuota(namespace.quota(), KeyPaths.child(path, "quota"), findings);
            TeamQuotaChecks.checkContainerDefaults(namespace.containerDefaults(), KeyPaths.child(path, "containerDefaults"), findings);
            var podSecurity = namespace.podSecurity();
            if (podSecurity.level() != PodSecurityLevel.RESTRICTED && (podSecurity.reason() == null || podSecurity.reason().isBlank())) {
                findings.error(KeyPaths.child(path, "podSecurity.reason"), "Pod Security level '" + podSecurity.level().label()
                        + "' needs a reason: say which workload cannot run restricted, and why");
            }
            for (int j = 0; j < namespace.allowIngressFrom().size(); j++) {
                checkIngressSource(namespace.allowIngressFrom().get(j), KeyPaths.element(KeyPaths.child(path, "allowIngressFrom"), j), findings);
            }
        }
        if (namespaces.isEmpty()) {
            findings.error("namespaces", "no namespaces: list at least one, e.g. [{name: payments-api}]");
        }
    }

    private void checkNamespaceName(String name, String path, Findings findings) {
        if (!DNS_LABEL.matcher(name).matches()) {
            findings.error(path, "'" + name + "' is not a valid namespace name; " + dnsLabelRule());
        } else if (platformNamespaces.contains(name) || name.startsWith(RESERVED_PREFIX)) {
            findings.error(path, "'" + name + "' is a platform namespace and never a team's; platform namespaces: "
                    + String.join(", ", platformNamespaces) + " and every kube-* name");
        }
    }

    private void checkIngressSource(IngressSourceSpec source, String path, Findings findings) {
        if ((source.namespace() == null) == (source.cidr() == null)) {
            findings.error(path, "give exactly one of namespace (a namespace of the cluster) or cidr (an IPv4 range)");
        } else if (source.namespace() != null && !DNS_LABEL.matcher(source.namespace()).matches()) {
            findings.error(KeyPaths.child(path, "namespace"), "'" + source.namespace() + "' is not a valid namespace name; " + dnsLabelRule());
        } else if (source.cidr() != null && Cidr.problem(source.cidr()) != null) {
            findings.error(KeyPaths.child(path, "cidr"), Cidr.problem(source.cidr()));
        }
    }

    private static String dnsLabelRule() {
        return "expected a DNS label: at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit";
    }
}
