package io.slipway.gcp.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.gcp.GcpTestbed;
import io.slipway.offline.CloudMocks;
import io.slipway.offline.OfflineEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudDnsZoneTest {
    @Test
    void publicZoneWithDnssecProtectedAndNameServersExported() {
        // GIVEN a zone for dev.gcp.example.com
        var args = new CloudDnsZoneArgs("acme-platform-dev", "dev.gcp.example.com", Map.of("team", "platform"));

        // WHEN it is built and its name servers exported
        var result = OfflineEngine.run("dev", CloudMocks.forEnvironment(GcpTestbed.spec()), ctx -> {
            var zone = new CloudDnsZone("dev-zone", args, ComponentResourceOptions.builder().build());
            ctx.export("nameServers", zone.nameServers());
        });

        // THEN the managed zone is public, DNSSEC-signed, protected, labelled
        assertThat(result.errors()).isEmpty();
        var zone = result.single("gcp:dns/managedZone:ManagedZone");
        assertThat(zone.require("dnsName")).isEqualTo("dev.gcp.example.com.");
        assertThat(zone.require("name")).isEqualTo("dev-gcp-example-com");
        assertThat(zone.require("visibility")).isEqualTo("public");
        assertThat(zone.require("dnssecConfig.state")).isEqualTo("on");
        assertThat(zone.require("dnssecConfig.nonExistence")).isEqualTo("nsec3");
        assertThat(zone.require("forceDestroy")).isEqualTo(false);
        assertThat(zone.require("labels.team")).isEqualTo("platform");
        assertThat(zone.protect()).isTrue();
        // AND its four Cloud DNS name servers are exported for delegation
        assertThat((List<?>) result.outputs().get("nameServers")).hasSize(4)
                .allSatisfy(ns -> assertThat((String) ns).matches("ns-cloud-[a-d]\\d\\.googledomains\\.com\\."));
    }

    @Test
    void foundationZoneCarriesEnvironmentLabels() {
        // GIVEN the base environment WHEN planned
        var zone = GcpTestbed.plan(GcpTestbed.spec()).result().single("gcp:dns/managedZone:ManagedZone");

        // THEN the zone is the environment's domain with its attribution labels
        assertThat(zone.require("dnsName")).isEqualTo("dev.gcp.example.com.");
        assertThat(zone.require("labels.slipway-environment")).isEqualTo("dev");
        assertThat(zone.require("labels.slipway-slot")).isEqualTo("shared");
        assertThat(zone.require("labels.slipway-component")).isEqualTo("dns");
    }

    @Test
    void domainWithTrailingDotIsRefused() {
        // GIVEN a domain written as an FQDN WHEN args are built THEN the message names it
        assertThatThrownBy(() -> new CloudDnsZoneArgs("acme", "example.com.", Map.of()))
                .hasMessageContaining("example.com.").hasMessageContaining("must not end with a dot");
    }
}
