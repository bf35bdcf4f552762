package io.slipway.platform.dns;

import com.pulumi.core.Output;
import com.pulumi.gcp.dns.RecordSet;
import com.pulumi.gcp.dns.RecordSetArgs;
import com.pulumi.gcp.dns.inputs.RecordSetRoutingPolicyArgs;
import com.pulumi.gcp.dns.inputs.RecordSetRoutingPolicyWrrArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.cluster.Foundation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The shared names of a GCP environment: one Cloud DNS record set per name with a weighted round
 * robin policy holding one item per slot. Unlike Route 53, Cloud DNS keeps all weights in one
 * record set, so this lives at the environment level; removing a slot updates the record set
 * (dropping its item) before the slot's resources are deleted, as Pulumi runs updates first.
 */
public final class CloudDnsWeightedRecords extends ComponentResource {
    public static final String TYPE = "slipway:platform:CloudDnsWeightedRecords";

    /**
     * @param environment the environment (GCP)
     * @param foundation  holds the managed zone
     * @param endpoints   the ingress endpoint of each slot that has one, by slot name; each item's
     *                    weight is that slot's weight in the spec
     */
    public CloudDnsWeightedRecords(EnvironmentContext environment, Foundation foundation,
                                   SortedMap<String, IngressEndpoint> endpoints, ComponentResourceOptions options) {
        super(TYPE, environment.name() + "-shared-dns", options);
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("weighted records need at least one slot with an ingress endpoint");
        }
        var spec = environment.spec();
        Output<String> type = endpoints.values().iterator().next().type();
        List<Resource> owners = endpoints.values().stream().flatMap(e -> e.recordDependencies().stream()).toList();
        for (String label : spec.dns().sharedNames()) {
            List<Output<RecordSetRoutingPolicyWrrArgs>> items = new ArrayList<>();
            endpoints.forEach((slot, endpoint) -> items.add(endpoint.recordData(true).applyValue(data ->
                    RecordSetRoutingPolicyWrrArgs.builder()
                            .weight((double) spec.slots().get(slot).weight())
                            .rrdatas(data)
                            .build())));
            new RecordSet(environment.name() + "-shared-" + RecordNames.resourceLabel(label), RecordSetArgs.builder()
                    .managedZone(foundation.dnsZoneId())
                    .project(spec.gcp().project())
                    .name(RecordNames.fqdn(RecordNames.shared(spec, label)))
                    .type(type)
                    .ttl(spec.dns().ttlSeconds())
                    .routingPolicy(Output.all(items).applyValue(wrrs -> RecordSetRoutingPolicyArgs.builder().wrrs(wrrs).build()))
                    .build(), CustomResourceOptions.builder().parent(this).dependsOn(owners).build());
        }
        registerOutputs(Map.of());
    }
}
