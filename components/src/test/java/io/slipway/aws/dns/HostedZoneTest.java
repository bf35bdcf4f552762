package io.slipway.aws.dns;

import static io.slipway.aws.foundation.AwsTestEnvironments.MOCKS;
import static io.slipway.aws.foundation.AwsTestEnvironments.clean;
import static io.slipway.aws.foundation.AwsTestEnvironments.environment;
import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.offline.OfflineEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostedZoneTest {
    @Test
    void theZoneIsProtectedNeverForceDestroyedAndExportsItsNameServers() {
        // GIVEN the staging environment of staging.example.com
        var env = environment("staging", "");

        // WHEN its zone is planned
        var result = clean(OfflineEngine.run("staging", MOCKS, ctx -> {
            var zone = new HostedZone("staging", new HostedZoneArgs(env), ComponentResourceOptions.builder().build());
            ctx.export("nameServers", zone.nameServers());
            ctx.export("zoneArn", zone.zoneArn());
        }));

        // THEN a public zone for the domain is registered, protected, and not force-destroyed
        var zone = result.single("aws:route53/zone:Zone");
        assertThat(zone.require("name")).isEqualTo("staging.example.com");
        assertThat(zone.protect()).isTrue();
        assertThat(zone.require("forceDestroy")).isEqualTo(false);
        assertThat(zone.input("vpcs")).isEmpty();
        assertThat(zone.require("tags.slipway:component")).isEqualTo("dns");
        assertThat(zone.require("tags.Name")).isEqualTo("staging.example.com");
        // AND its four name servers are exported for delegation
        assertThat((List<?>) result.outputs().get("nameServers")).hasSize(4)
                .allSatisfy(ns -> assertThat(ns).asString().startsWith("ns-").contains(".awsdns-"));
        assertThat(result.outputs().get("zoneArn")).asString().startsWith("arn:aws:route53:::hostedzone/Z0");
    }
}
