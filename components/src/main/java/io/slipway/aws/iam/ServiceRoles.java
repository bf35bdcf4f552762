package io.slipway.aws.iam;

import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.List;

/**
 * Roles that an AWS service assumes on its own behalf (EKS for a control plane, EC2 for nodes):
 * trusted by that service principal alone, with AWS managed policies attached.
 */
final class ServiceRoles {
    private ServiceRoles() {}

    /**
     * Registers the role {@code name} from {@code role} (its name, description and tags), trusted
     * by {@code service} through the trust statement {@code trustSid}, then attaches
     * {@code managedPolicies} to it, all as children of {@code parent}.
     */
    static Role trustedBy(String service, String trustSid, String name, RoleArgs.Builder role,
                          Output<String> partition, List<String> managedPolicies, Resource parent) {
        return trustedBy(service, trustSid, List.of("sts:AssumeRole"), name, role, partition, managedPolicies, parent);
    }

    /** As {@link #trustedBy(String, String, String, RoleArgs.Builder, Output, List, Resource)}, with these trusted actions. */
    static Role trustedBy(String service, String trustSid, List<String> trustActions, String name, RoleArgs.Builder role,
                          Output<String> partition, List<String> managedPolicies, Resource parent) {
        var trust = PolicyDocument.of(PolicyStatement.allow(trustSid, trustActions.toArray(String[]::new))
                .principal("Service", Output.of(service)));
        var registered = new Role(name, role.assumeRolePolicy(trust).build(), CustomResourceOptions.builder().parent(parent).build());
        ManagedPolicies.attachAll(name, registered.name(), partition, managedPolicies, parent);
        return registered;
    }
}
