package io.slipway.aws.iam;

import com.pulumi.core.Output;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Map;

/**
 * An IAM role that exactly one Kubernetes service account of one cluster can assume through IRSA
 * (IAM Roles for Service Accounts): the trust policy pins both the OIDC audience and the
 * {@code system:serviceaccount:<namespace>:<name>} subject, so no other pod can use the role.
 */
public final class IrsaRole extends ComponentResource {
    public static final String TYPE = "slipway:aws:IrsaRole";

    private final Output<String> roleArn;
    private final Output<String> roleName;

    public IrsaRole(String name, IrsaRoleArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        if (args.inlinePolicy().isEmpty() && args.managedPolicyNames().isEmpty()) {
            throw new IllegalArgumentException("IRSA role '" + name + "' grants nothing: give an inline policy or managed policies");
        }
        if (!args.namespace().matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?") || !args.serviceAccount().matches("[a-z0-9]([-.a-z0-9]*[a-z0-9])?")) {
            throw new IllegalArgumentException("IRSA role '" + name + "': '" + args.namespace() + "/" + args.serviceAccount()
                    + "' is not a valid Kubernetes namespace/service account name");
        }
        var identity = args.identity();
        var tags = args.environment().awsTags(args.slot(), args.component());
        var trust = PolicyDocument.of(PolicyStatement.allow("ServiceAccountWebIdentity", "sts:AssumeRoleWithWebIdentity")
                .principal("Federated", identity.oidcProviderArn())
                .condition("StringEquals", identity.oidcIssuerHost().applyValue(host -> host + ":sub"),
                        List.of(Output.of("system:serviceaccount:" + args.namespace() + ":" + args.serviceAccount())))
                .condition("StringEquals", identity.oidcIssuerHost().applyValue(host -> host + ":aud"),
                        List.of(Output.of("sts.amazonaws.com"))));
        var role = new Role(name, RoleArgs.builder()
                .description("IRSA role of " + args.namespace() + "/" + args.serviceAccount() + " in "
                        + args.environment().clusterName(args.slot()))
                .assumeRolePolicy(trust)
                .maxSessionDuration(3600)
                .tags(tags)
                .build(), CustomResourceOptions.builder().parent(this).build());
        args.inlinePolicy().ifPresent(policy -> new RolePolicy(name, RolePolicyArgs.builder()
                .role(role.name())
                .policy(policy)
                .build(), CustomResourceOptions.builder().parent(this).build()));
        ManagedPolicies.attachAll(name, role.name(), identity.partition(), args.managedPolicyNames(), this);
        this.roleArn = role.arn();
        this.roleName = role.name();
        registerOutputs(Map.of("roleArn", roleArn));
    }

    public Output<String> roleArn() {
        return roleArn;
    }

    public Output<String> roleName() {
        return roleName;
    }
}
