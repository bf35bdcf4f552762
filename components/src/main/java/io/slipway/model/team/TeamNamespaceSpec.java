package io.slipway.model.team;

import io.slipway.model.Required;
import java.util.List;

/**
 * One namespace of a team, with optional overrides of the platform defaults.
 *
 * @param name              the namespace, a DNS label no other team and no platform component uses. Required.
 * @param quota             resource quota overrides, field by field. @default the environment's team quota
 * @param containerDefaults default container requests and limits (the LimitRange), field by field.
 *                          @default the environment's team container defaults
 * @param podSecurity       the Pod Security Standard enforced. @default restricted
 * @param allowIngressFrom  extra sources allowed to reach the namespace's pods, besides the namespace itself,
 *                          the ingress controller and monitoring. @default []
 */
public record TeamNamespaceSpec(
        @Required String name,
        TeamQuotaSpec quota,
        ContainerDefaultsSpec containerDefaults,
        PodSecuritySpec podSecurity,
        List<IngressSourceSpec> allowIngressFrom) {

    public TeamNamespaceSpec {
        quota = quota == null ? TeamQuotaSpec.none() : quota;
        containerDefaults = containerDefaults == null ? ContainerDefaultsSpec.none() : containerDefaults;
        podSecurity = podSecurity == null ? PodSecuritySpec.restricted() : podSecurity;
        allowIngressFrom = allowIngressFrom == null ? List.of() : List.copyOf(allowIngressFrom);
    }
}
