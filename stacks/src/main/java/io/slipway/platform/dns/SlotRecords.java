package io.slipway.platform.dns;

import com.pulumi.aws.route53.Record;
import com.pulumi.aws.route53.RecordArgs;
import com.pulumi.aws.route53.enums.RecordType;
import com.pulumi.aws.route53.inputs.RecordWeightedRoutingPolicyArgs;
import com.pulumi.core.Either;
import com.pulumi.gcp.dns.RecordSet;
import com.pulumi.gcp.dns.RecordSetArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.cluster.Foundation;
import io.slipway.model.Cloud;
import java.util.List;
import java.util.Map;

/**
 * One slot's DNS records: its direct names ({@code *.blue.<domain>}) and, on AWS, its Route 53
 * weighted record for each shared name (set identifier = slot, weight from the spec). On GCP one
 * Cloud DNS record set carries every slot's weight, so {@link CloudDnsWeightedRecords} builds the
 * shared names for the environment instead. Every record depends on what owns the ingress address
 * (the ingress release on AWS, the reserved address on GCP), so when a slot goes its records are
 * deleted before its address.
 */
public final class SlotRecords extends ComponentResource {
    public static final String TYPE = "slipway:platform:SlotRecords";

    public SlotRecords(EnvironmentContext environment, String slot, int weight, Foundation foundation,
                       IngressEndpoint endpoint, ComponentResourceOptions options) {
        super(TYPE, environment.clusterName(slot) + "-dns", options);
        var spec = environment.spec();
        int ttl = spec.dns().ttlSeconds();
        for (String label : spec.dns().sharedNames()) {
            String direct = RecordNames.direct(spec, slot, label);
            String resourceName = environment.clusterName(slot) + "-direct-" + RecordNames.resourceLabel(label);
            if (spec.cloud() == Cloud.AWS) {
                route53(resourceName, foundation, direct, endpoint, ttl, null, null);
                route53(environment.clusterName(slot) + "-weighted-" + RecordNames.resourceLabel(label), foundation,
                        RecordNames.shared(spec, label), endpoint, ttl, slot, weight);
            } else {
                new RecordSet(resourceName, RecordSetArgs.builder()
                        .managedZone(foundation.dnsZoneId())
                        .project(spec.gcp().project())
                        .name(RecordNames.fqdn(direct))
                        .type(endpoint.type())
                        .ttl(ttl)
                        .rrdatas(endpoint.recordData(true).applyValue(List::of))
                        .build(), recordOptions(endpoint));
            }
        }
        registerOutputs(Map.of());
    }

    private void route53(String resourceName, Foundation foundation, String name, IngressEndpoint endpoint, int ttl,
                         String setIdentifier, Integer weight) {
        var args = RecordArgs.builder()
                .zoneId(foundation.dnsZoneId())
                .name(name)
                .type(endpoint.type().applyValue(Either::<String, RecordType>ofLeft))
                .ttl(ttl)
                .records(endpoint.recordData(false).applyValue(List::of));
        if (setIdentifier != null) {
            // Weighted routing: each slot answers the shared name in proportion to its weight;
            // weight 0 keeps a new slot out of rotation until it has been verified.
            args.setIdentifier(setIdentifier)
                    .weightedRoutingPolicies(RecordWeightedRoutingPolicyArgs.builder().weight(weight).build());
        }
        new Record(resourceName, args.build(), recordOptions(endpoint));
    }

    private CustomResourceOptions recordOptions(IngressEndpoint endpoint) {
        return CustomResourceOptions.builder().parent(this).dependsOn(endpoint.recordDependencies()).build();
    }
}
