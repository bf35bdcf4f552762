package io.slipway.aws.eks;

import com.pulumi.aws.eks.AccessEntry;
import com.pulumi.aws.eks.AccessEntryArgs;
import com.pulumi.aws.eks.AccessPolicyAssociation;
import com.pulumi.aws.eks.AccessPolicyAssociationArgs;
import com.pulumi.aws.eks.inputs.AccessPolicyAssociationAccessScopeArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cluster-admin access for the environment's admin roles, through EKS access entries (the cluster
 * runs in {@code API} authentication mode, so there is no aws-auth ConfigMap to drift). Who is an
 * admin is therefore visible in the stack config and in the plan, and revoking is a config change.
 */
public final class AdminAccess extends ComponentResource {
    public static final String TYPE = "slipway:aws:AdminAccess";
    public static final String ADMIN_POLICY = "AmazonEKSClusterAdminPolicy";
    /** What an admin principal must look like: an IAM role (with or without a path) of some account. */
    public static final String ROLE_ARN = "arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]+";

    public AdminAccess(String name, AdminAccessArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var tags = args.environment().awsTags(args.slot(), "admin-access");
        for (var admin : byRoleName(name, args).entrySet()) {
            String principal = admin.getValue();
            var entry = new AccessEntry(name + "-" + admin.getKey(), AccessEntryArgs.builder()
                    .clusterName(args.clusterName())
                    .principalArn(principal)
                    .type("STANDARD")
                    .tags(tags)
                    .build(), CustomResourceOptions.builder().parent(this).build());
            new AccessPolicyAssociation(name + "-" + admin.getKey(), AccessPolicyAssociationArgs.builder()
                    .clusterName(args.clusterName())
                    .principalArn(principal)
                    .policyArn(args.partition().applyValue(p -> "arn:" + p + ":eks::aws:cluster-access-policy/" + ADMIN_POLICY))
                    .accessScope(AccessPolicyAssociationAccessScopeArgs.builder().type("cluster").build())
                    .build(), CustomResourceOptions.builder().parent(this).dependsOn(entry).build());
        }
        registerOutputs(Map.of());
    }

    /** The admin roles keyed by role name (path stripped), sorted, so logical names are stable and readable. */
    private static Map<String, String> byRoleName(String name, AdminAccessArgs args) {
        var roles = new TreeMap<String, String>();
        for (String arn : args.adminRoleArns()) {
            if (!arn.matches(ROLE_ARN)) {
                throw new IllegalArgumentException("admin access '" + name + "': '" + arn
                        + "' is not an IAM role ARN (arn:aws:iam::<12-digit account>:role/<name>)");
            }
            String roleName = arn.substring(arn.lastIndexOf('/') + 1);
            String previous = roles.put(roleName, arn);
            if (previous != null) {
                throw new IllegalArgumentException("admin access '" + name + "': roles '" + previous + "' and '" + arn
                        + "' have the same name; list each admin role once");
            }
        }
        return roles;
    }
}
