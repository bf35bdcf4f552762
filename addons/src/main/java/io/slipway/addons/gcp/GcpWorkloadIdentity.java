package io.slipway.addons.gcp;

import com.pulumi.core.Output;
import com.pulumi.gcp.projects.IAMCustomRole;
import com.pulumi.gcp.projects.IAMCustomRoleArgs;
import com.pulumi.gcp.projects.IAMMember;
import com.pulumi.gcp.projects.IAMMemberArgs;
import com.pulumi.gcp.serviceaccount.Account;
import com.pulumi.gcp.serviceaccount.AccountArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.Map;

/**
 * A Google service account that exactly one Kubernetes service account of one GKE cluster can
 * impersonate through Workload Identity ({@code roles/iam.workloadIdentityUser} for
 * {@code serviceAccount:<pool>[<namespace>/<ksa>]} on the account itself, not on the project).
 * It holds no role of its own beyond an optional project-level custom role of exactly the
 * permissions GCP offers only per project; callers grant resource-level roles (a bucket, a zone)
 * to {@link #member()} next to the resource.
 */
public final class GcpWorkloadIdentity extends ComponentResource {
    public static final String TYPE = "slipway:addons:GcpWorkloadIdentity";

    private final Output<String> email;
    private final Output<String> member;
    private final Output<String> accountName;

    public GcpWorkloadIdentity(String name, GcpWorkloadIdentityArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var cluster = args.cluster();
        var gcp = cluster.gcp().orElseThrow();
        var account = new Account(name, AccountArgs.builder()
                .project(gcp.project())
                .accountId(accountId(cluster.clusterName(), args.component()))
                .displayName(args.component() + " of " + cluster.clusterName())
                .description("Workload Identity of " + args.namespace() + "/" + args.serviceAccount() + " in " + cluster.clusterName())
                .build(), CustomResourceOptions.builder().parent(this).build());
        new com.pulumi.gcp.serviceaccount.IAMMember(name + "-workload-identity", com.pulumi.gcp.serviceaccount.IAMMemberArgs.builder()
                .serviceAccountId(account.id())
                .role("roles/iam.workloadIdentityUser")
                .member("serviceAccount:" + gcp.workloadPool() + "[" + args.namespace() + "/" + args.serviceAccount() + "]")
                .build(), CustomResourceOptions.builder().parent(this).build());
        if (!args.projectPermissions().isEmpty()) {
            String roleId = roleId(cluster.clusterName(), args.component());
            var role = new IAMCustomRole(name, IAMCustomRoleArgs.builder()
                    .project(gcp.project())
                    .roleId(roleId)
                    .title(args.component() + " of " + cluster.clusterName())
                    .description("The project-level permissions " + args.component() + " needs and nothing else")
                    .permissions(args.projectPermissions().stream().sorted().toList())
                    .build(), CustomResourceOptions.builder().parent(this).build());
            new IAMMember(name + "-project-role", IAMMemberArgs.builder()
                    .project(gcp.project())
                    .role("projects/" + gcp.project() + "/roles/" + roleId)
                    .member(account.email().applyValue(e -> "serviceAccount:" + e))
                    .build(), CustomResourceOptions.builder().parent(this).dependsOn(role).build());
        }
        this.email = account.email();
        this.member = account.email().applyValue(e -> "serviceAccount:" + e);
        this.accountName = account.id();
        registerOutputs(Map.of("email", email));
    }

    /** Service account ids are 6-30 characters; long cluster names are shortened with a stable hash. */
    static String accountId(String clusterName, String component) {
        String id = clusterName + "-" + component;
        if (id.length() <= 30) {
            return id;
        }
        String hash = String.format("%04x", clusterName.hashCode() & 0xffff);
        return clusterName.substring(0, 30 - component.length() - hash.length() - 2) + "-" + hash + "-" + component;
    }

    /** Custom role ids allow letters, digits, '_' and '.' only. */
    public static String roleId(String clusterName, String component) {
        return "slipway_" + (clusterName + "_" + component).replaceAll("[^A-Za-z0-9]", "_");
    }

    /** The account's e-mail, for the {@code iam.gke.io/gcp-service-account} annotation. */
    public Output<String> email() {
        return email;
    }

    /** The account as an IAM member ({@code serviceAccount:<email>}), for resource-level grants. */
    public Output<String> member() {
        return member;
    }

    /** The account's resource name ({@code projects/<p>/serviceAccounts/<email>}), for grants on the account itself. */
    public Output<String> accountName() {
        return accountName;
    }

    /** The annotation that binds a Kubernetes service account to this account. */
    public static final String KSA_ANNOTATION = "iam.gke.io/gcp-service-account";
}
