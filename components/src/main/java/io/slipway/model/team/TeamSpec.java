package io.slipway.model.team;

import io.slipway.model.Required;
import java.util.List;

/**
 * One application team: the file {@code teams/<name>.yaml}. Obtain instances through
 * {@link TeamLoader}, which validates every team file before anything is built.
 *
 * @param name         the team's name, a DNS label equal to the file name. Required.
 * @param owners       who administers the team's namespaces: AWS IAM roles and GCP groups or users. Required.
 * @param contact      an e-mail address the platform team can reach the team at. Required.
 * @param costCenter   the cost center, the {@code slipway.io/cost-center} label of every namespace. Required.
 * @param environments where the team runs: a list of environment names, or {@code {tier: <tier>}} for every
 *                     environment of a tier. Required (checked by the loader, since it has two shapes).
 * @param namespaces   the team's namespaces, at least one. Required.
 */
public record TeamSpec(
        @Required String name,
        @Required TeamOwnersSpec owners,
        @Required String contact,
        @Required String costCenter,
        TeamPlacement environments,
        @Required List<TeamNamespaceSpec> namespaces) {

    public TeamSpec {
        namespaces = namespaces == null ? List.of() : List.copyOf(namespaces);
    }

    /** The Kubernetes group an owner of this team is mapped to on EKS, and the RoleBinding subject of it. */
    public String kubernetesGroup() {
        return "slipway-team-" + name;
    }
}
