package io.slipway.platform.dns;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a slot's ingress load balancer answers: a hostname (AWS NLB, served as CNAME) or an IP
 * address (GCP, served as A record), and the ingress release it belongs to. Records depend on the
 * release, so Pulumi deletes a slot's records before its load balancer.
 *
 * @param address the load balancer's hostname or IP
 * @param type    {@code CNAME} for a hostname, {@code A} for an IP: known once the load balancer is
 *                read back, since an internal or external load balancer may answer either way
 * @param release the ingress release that owns the load balancer
 * @param servedAfter what else must exist before traffic reaches the slot (its team namespaces). @default none
 */
public record IngressEndpoint(Output<String> address, Output<String> type, Resource release, List<Resource> servedAfter) {
    public IngressEndpoint {
        servedAfter = List.copyOf(servedAfter);
    }

    public IngressEndpoint(Output<String> address, Output<String> type, Resource release) {
        this(address, type, release, List.of());
    }

    /** What records of this endpoint wait for: the release, then whatever the slot serves only after. */
    List<Resource> recordDependencies() {
        var all = new ArrayList<Resource>();
        all.add(release);
        all.addAll(servedAfter);
        return List.copyOf(all);
    }

    /** The record data: a hostname fully qualified (Cloud DNS wants the trailing dot), an IP as is. */
    Output<String> recordData(boolean fullyQualified) {
        return Output.tuple(address, type).applyValue(t -> fullyQualified && t.t2.equals("CNAME") ? RecordNames.fqdn(t.t1) : t.t1);
    }
}
