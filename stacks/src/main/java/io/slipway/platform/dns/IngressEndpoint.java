package io.slipway.platform.dns;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a slot's ingress load balancer answers: a hostname (AWS NLB, served as CNAME) or an IP
 * address (GCP, served as A record), and what owns that address. Records depend on the owner, so
 * Pulumi writes them once the address exists and deletes them before it goes.
 *
 * @param address the load balancer's hostname or IP
 * @param type    {@code CNAME} for a hostname, {@code A} for an IP: known once the load balancer is
 *                read back, since an internal or external load balancer may answer either way
 * @param owner   what owns the address: the ingress release on AWS (its Service makes the NLB), the
 *                reserved address on GCP (the load balancer takes it)
 * @param servedAfter what else must exist before traffic reaches the slot (its team namespaces). @default none
 */
public record IngressEndpoint(Output<String> address, Output<String> type, Resource owner, List<Resource> servedAfter) {
    public IngressEndpoint {
        servedAfter = List.copyOf(servedAfter);
    }

    public IngressEndpoint(Output<String> address, Output<String> type, Resource owner) {
        this(address, type, owner, List.of());
    }

    /** What records of this endpoint wait for: the address's owner, then whatever the slot serves only after. */
    List<Resource> recordDependencies() {
        var all = new ArrayList<Resource>();
        all.add(owner);
        all.addAll(servedAfter);
        return List.copyOf(all);
    }

    /** The record data: a hostname fully qualified (Cloud DNS wants the trailing dot), an IP as is. */
    Output<String> recordData(boolean fullyQualified) {
        return Output.tuple(address, type).applyValue(t -> fullyQualified && t.t2.equals("CNAME") ? RecordNames.fqdn(t.t1) : t.t1);
    }
}
