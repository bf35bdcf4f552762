package io.slipway.model.team;

import java.util.List;

/**
 * Who administers a team's namespaces. An owner gets the {@code edit} role in every namespace of the
 * team, on every cluster the team is placed on.
 *
 * @param aws IAM role ARNs ({@code arn:aws:iam::<12-digit account>:role/<name>}); each gets an EKS access
 *            entry on the team's clusters. @default []
 * @param gcp Google principals, {@code group:<email>} or {@code user:<email>}; named in the RoleBindings
 *            (groups need Google Groups for RBAC). @default []
 */
public record TeamOwnersSpec(List<String> aws, List<String> gcp) {
    public TeamOwnersSpec {
        aws = aws == null ? List.of() : List.copyOf(aws);
        gcp = gcp == null ? List.of() : List.copyOf(gcp);
    }
}
