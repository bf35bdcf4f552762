package io.slipway.model.team;

/**
 * One extra source allowed to reach a team namespace's pods: a namespace, or an IPv4 range (for
 * traffic from outside the cluster that does not come through the shared ingress). Exactly one is set.
 *
 * @param namespace a namespace of the same cluster, e.g. another team's. @default null
 * @param cidr      an IPv4 CIDR, e.g. {@code 10.20.0.0/16}. @default null
 */
public record IngressSourceSpec(String namespace, String cidr) {}
