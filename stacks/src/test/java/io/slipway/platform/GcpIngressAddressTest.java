package io.slipway.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.offline.OfflineResult;
import io.slipway.offline.RegisteredResource;
import io.slipway.plan.timeline.CreateDurations;
import io.slipway.plan.timeline.Timeline;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * On GCP the slot's DNS records are written from the address reserved for the ingress load balancer,
 * not from the load balancer once Traefik's release is ready: they are off the critical path, and the
 * load balancer takes exactly the address the records name.
 */
class GcpIngressAddressTest {
    private static final String RECORD = "gcp:dns/recordSet:RecordSet";
    private static final String ADDRESS = "gcp:compute/address:Address";
    private static final String RELEASE = "kubernetes:helm.sh/v3:Release";

    @Test
    void recordsWaitForTheReservedAddressNotForTheIngressRelease() {
        // GIVEN the shipped gcp-dev environment WHEN the whole platform is planned
        OfflineResult result = Fixtures.runPlatform("gcp-dev", Fixtures.projectSpec("gcp-dev"));
        assertThat(result.errors()).isEmpty();

        // THEN the blue slot reserves one external address, which the Traefik release's Service takes as its loadBalancerIP
        var address = result.single(ADDRESS);
        var traefik = result.named(RELEASE, "gcp-dev-blue-traefik");
        @SuppressWarnings("unchecked")
        var values = (Map<String, Object>) traefik.require("values");
        String ip = (String) ((Map<?, ?>) ((Map<?, ?>) values.get("service")).get("spec")).get("loadBalancerIP");
        assertThat(ip).isNotBlank();
        assertThat(traefik.dependencies()).contains(address.urn());
        // AND the slot's direct record and the shared weighted record serve that address, waiting for the address
        // and the cluster but not for the release
        var direct = result.named(RECORD, "gcp-dev-blue-direct-wildcard");
        var shared = result.named(RECORD, "gcp-dev-shared-wildcard");
        assertThat(direct.require("rrdatas")).isEqualTo(List.of(ip));
        assertThat(shared.require("routingPolicy.wrrs.0.rrdatas")).isEqualTo(List.of(ip));
        var cluster = result.single("gcp:container/cluster:Cluster");
        for (RegisteredResource record : List.of(direct, shared)) {
            assertThat(record.dependencies()).as(record.name()).contains(address.urn(), cluster.urn()).doesNotContain(traefik.urn());
        }

        // AND in the modelled timeline the records are written long before Traefik's release is ready
        var timeline = Timeline.of(result.resources(), CreateDurations.shipped(), Timeline.UNBOUNDED);
        assertThat(timeline.finishSeconds().get(shared.urn())).isLessThan(timeline.finishSeconds().get(traefik.urn()));
        assertThat(timeline.criticalPath()).extracting(step -> step.resource().type()).doesNotContain(RECORD);
    }
}
