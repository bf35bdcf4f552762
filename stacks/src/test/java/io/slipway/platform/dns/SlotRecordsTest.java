package io.slipway.platform.dns;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.offline.CloudMocks;
import io.slipway.offline.OfflineEngine;
import io.slipway.platform.Fixtures;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SlotRecordsTest {
    private static final String NLB = "k8s-traefik-abc.elb.eu-west-1.amazonaws.com";

    @Test
    void awsSlotGetsDirectAndWeightedRecordsOnItsLoadBalancer() {
        // GIVEN an AWS environment with blue at 90 and green at 10
        var env = Fixtures.aws(Fixtures.awsSlot("blue", "1.34", 90) + Fixtures.awsSlot("green", "1.35", 10));

        // WHEN green's records are built
        var result = OfflineEngine.run("dev", CloudMocks.forEnvironment(env.spec()), ctx -> {
            var release = Fixtures.release("traefik");
            new SlotRecords(env, "green", 10, Fixtures.foundation("Z0ZONE"),
                    new IngressEndpoint(Output.of(NLB), Output.of("CNAME"), release), ComponentResourceOptions.builder().build());
        });

        // THEN the direct name points at green's NLB with the default 60 s TTL
        assertThat(result.errors()).isEmpty();
        var direct = result.named("aws:route53/record:Record", "dev-green-direct-wildcard");
        assertThat(direct.inputs()).containsEntry("name", "*.green.dev.example.com").containsEntry("type", "CNAME")
                .containsEntry("zoneId", "Z0ZONE").containsEntry("ttl", 60L);
        assertThat(direct.require("records.0")).isEqualTo(NLB);
        assertThat(direct.input("setIdentifier")).isEmpty();
        // AND the shared name gets a weighted record identified by the slot
        var weighted = result.named("aws:route53/record:Record", "dev-green-weighted-wildcard");
        assertThat(weighted.inputs()).containsEntry("name", "*.dev.example.com").containsEntry("setIdentifier", "green");
        assertThat(weighted.require("weightedRoutingPolicies.0.weight")).isEqualTo(10L);
        // AND every record depends on the ingress release, so it is deleted before the load balancer
        var release = result.named("kubernetes:helm.sh/v3:Release", "traefik");
        assertThat(result.ofType("aws:route53/record:Record")).allSatisfy(r -> assertThat(r.dependencies()).contains(release.urn()));
    }

    @Test
    void gcpSlotGetsOnlyDirectRecordsAndSharedNamesCarryEverySlotsWeight() {
        // GIVEN a GCP environment with blue at 100 and green at 0, each with an ingress IP
        var env = Fixtures.gcp(Fixtures.gcpSlot("blue", "1.34", 100) + Fixtures.gcpSlot("green", "1.35", 0));

        // WHEN both slots' records and the shared weighted records are built
        var result = OfflineEngine.run("gdev", CloudMocks.forEnvironment(env.spec()), ctx -> {
            var foundation = Fixtures.foundation("gdev-zone");
            var endpoints = new TreeMap<String, IngressEndpoint>();
            endpoints.put("blue", new IngressEndpoint(Output.of("34.1.1.1"), Output.of("A"), Fixtures.release("traefik-blue")));
            endpoints.put("green", new IngressEndpoint(Output.of("34.2.2.2"), Output.of("A"), Fixtures.release("traefik-green")));
            endpoints.forEach((slot, endpoint) -> new SlotRecords(env, slot, env.spec().slots().get(slot).weight(),
                    foundation, endpoint, ComponentResourceOptions.builder().build()));
            new CloudDnsWeightedRecords(env, foundation, endpoints, ComponentResourceOptions.builder().build());
        });

        // THEN each slot's direct name is an A record on its own IP, fully qualified
        assertThat(result.errors()).isEmpty();
        var greenDirect = result.named("gcp:dns/recordSet:RecordSet", "gdev-green-direct-wildcard");
        assertThat(greenDirect.inputs()).containsEntry("name", "*.green.gdev.example.com.").containsEntry("type", "A")
                .containsEntry("managedZone", "gdev-zone").containsEntry("project", "acme-platform-dev");
        assertThat(greenDirect.require("rrdatas.0")).isEqualTo("34.2.2.2");
        // AND the shared name is one weighted round robin record set with one item per slot
        var shared = result.named("gcp:dns/recordSet:RecordSet", "gdev-shared-wildcard");
        assertThat(shared.inputs()).containsEntry("name", "*.gdev.example.com.").containsEntry("ttl", 60L);
        assertThat(shared.require("routingPolicy.wrrs.0.weight")).isEqualTo(100L);
        assertThat(shared.require("routingPolicy.wrrs.0.rrdatas.0")).isEqualTo("34.1.1.1");
        assertThat(shared.require("routingPolicy.wrrs.1.weight")).isEqualTo(0L);
        assertThat(shared.require("routingPolicy.wrrs.1.rrdatas.0")).isEqualTo("34.2.2.2");
    }
}
