package io.slipway.addons.ingress;

/**
 * Where a slot's load balancer answers, as slot DNS needs it.
 *
 * @param value      the load balancer's hostname (AWS NLB) or IP address (GCP)
 * @param recordType {@code CNAME} for a hostname, {@code A} for an IPv4 address
 */
public record IngressAddress(String value, String recordType) {
    public static final String CNAME = "CNAME";
    public static final String A = "A";

    /** An address from a Service's load balancer status: hostnames win, as on AWS both may be set. */
    public static IngressAddress of(String hostname, String ip) {
        if (hostname != null && !hostname.isBlank()) {
            return new IngressAddress(hostname, CNAME);
        }
        if (ip != null && !ip.isBlank()) {
            return new IngressAddress(ip, A);
        }
        throw new IllegalStateException("the ingress load balancer reports neither a hostname nor an IP yet");
    }
}
