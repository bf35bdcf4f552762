package io.slipway.platform.dns;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;

/**
 * Where a slot's ingress load balancer answers: a hostname (AWS NLB, served as CNAME) or an IP
 * address (GCP, served as A record), and the ingress release it belongs to. Records depend on the
 * release, so Pulumi deletes a slot's records before its load balancer.
 *
 * @param address the load balancer's hostname or IP
 * @param type    {@code CNAME} for a hostname, {@code A} for an IP
 * @param release the ingress release that owns the load balancer
 */
public record IngressEndpoint(Output<String> address, String type, Resource release) {
    public IngressEndpoint {
        if (!type.equals("CNAME") && !type.equals("A")) {
            throw new IllegalArgumentException("an ingress endpoint is served as CNAME or A, not " + type);
        }
    }
}
