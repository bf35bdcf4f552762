package io.slipway.platform.dns;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;

/**
 * Where a slot's ingress load balancer answers: a hostname (AWS NLB, served as CNAME) or an IP
 * address (GCP, served as A record), and the ingress release it belongs to. Records depend on the
 * release, so Pulumi deletes a slot's records before its load balancer.
 *
 * @param address the load balancer's hostname or IP
 * @param type    {@code CNAME} for a hostname, {@code A} for an IP: known once the load balancer is
 *                read back, since an internal or external load balancer may answer either way
 * @param release the ingress release that owns the load balancer
 */
public record IngressEndpoint(Output<String> address, Output<String> type, Resource release) {
    /** The record data: a hostname fully qualified (Cloud DNS wants the trailing dot), an IP as is. */
    Output<String> recordData(boolean fullyQualified) {
        return Output.tuple(address, type).applyValue(t -> fullyQualified && t.t2.equals("CNAME") ? RecordNames.fqdn(t.t1) : t.t1);
    }
}
