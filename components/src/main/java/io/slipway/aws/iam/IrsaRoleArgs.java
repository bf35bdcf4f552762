package io.slipway.aws.iam;

import com.pulumi.core.Output;
import io.slipway.cluster.AwsClusterIdentity;
import io.slipway.cluster.EnvironmentContext;
import java.util.List;
import java.util.Optional;

/**
 * Inputs of an {@link IrsaRole}.
 *
 * @param environment        the environment, for tags. Required.
 * @param slot               the slot whose cluster's service account assumes the role. Required.
 * @param component          the {@code slipway:component} tag value ({@code velero}, {@code ebs-csi}). Required.
 * @param identity           the cluster's OIDC provider and account. Required.
 * @param namespace          the Kubernetes namespace of the service account. Required.
 * @param serviceAccount     the Kubernetes service account allowed to assume the role. Required.
 * @param inlinePolicy       the role's own least-privilege policy JSON. @default none
 * @param managedPolicyNames AWS managed policies to attach, by name with their path if any (for
 *                           example {@code service-role/AmazonEBSCSIDriverPolicy}); the ARN's partition comes from the
 *                           identity. @default []
 */
public record IrsaRoleArgs(
        EnvironmentContext environment,
        String slot,
        String component,
        AwsClusterIdentity identity,
        String namespace,
        String serviceAccount,
        Optional<Output<String>> inlinePolicy,
        List<String> managedPolicyNames) {

    public IrsaRoleArgs {
        inlinePolicy = inlinePolicy == null ? Optional.empty() : inlinePolicy;
        managedPolicyNames = managedPolicyNames == null ? List.of() : List.copyOf(managedPolicyNames);
    }
}
