package io.slipway.aws.iam;

import com.pulumi.core.Output;
import io.slipway.cluster.EnvironmentContext;
import java.util.Objects;

/**
 * Inputs of a {@link ClusterOidcProvider}.
 *
 * @param environment the environment, for tags. Required.
 * @param slot        the slot whose cluster issues the service account tokens. Required.
 * @param issuerUrl   the cluster's OIDC issuer URL ({@code https://oidc.eks.<region>.amazonaws.com/id/<id>}). Required.
 */
public record ClusterOidcProviderArgs(EnvironmentContext environment, String slot, Output<String> issuerUrl) {
    public ClusterOidcProviderArgs {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(issuerUrl, "issuerUrl");
    }
}
