package io.slipway.gcp.iam;

import com.pulumi.core.Output;
import com.pulumi.gcp.projects.IAMMember;
import com.pulumi.gcp.projects.IAMMemberArgs;
import com.pulumi.gcp.serviceaccount.Account;
import com.pulumi.gcp.serviceaccount.AccountArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Map;

/**
 * The identity GKE nodes run as: a dedicated service account with only what a node needs, never
 * the Compute Engine default account (which holds Editor on the whole project in many projects).
 * Workloads do not inherit it: with Workload Identity they get their own Google identity, so this
 * account only covers the kubelet, the logging and monitoring agents and image pulls.
 */
public final class NodeServiceAccount extends ComponentResource {
    public static final String TYPE = "slipway:gcp:NodeServiceAccount";

    /** Exactly the roles GKE documents for a least-privilege node account, and nothing else. */
    public static final List<String> ROLES = List.of(
            "roles/artifactregistry.reader",
            "roles/logging.logWriter",
            "roles/monitoring.metricWriter",
            "roles/monitoring.viewer",
            "roles/stackdriver.resourceMetadata.writer");

    private final Output<String> email;
    private final Output<String> member;

    public NodeServiceAccount(String name, NodeServiceAccountArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var account = new Account(name, AccountArgs.builder()
                .project(args.project())
                .accountId(args.accountId())
                .displayName("Slipway GKE nodes " + args.accountId())
                .description("Identity of GKE nodes, least privilege; workloads use Workload Identity instead")
                .build(), child());
        for (String role : ROLES) {
            new IAMMember(name + "-" + role.substring(role.indexOf('/') + 1), IAMMemberArgs.builder()
                    .project(args.project())
                    .role(role)
                    .member(account.member())
                    .build(), child());
        }
        this.email = account.email();
        this.member = account.member();
        registerOutputs(Map.of("email", email, "member", member));
    }

    private CustomResourceOptions child() {
        return CustomResourceOptions.builder().parent(this).build();
    }

    /** The account's e-mail, what a node pool's {@code serviceAccount} takes. */
    public Output<String> email() {
        return email;
    }

    /** {@code serviceAccount:<email>}, what IAM bindings take. */
    public Output<String> member() {
        return member;
    }
}
