package io.slipway.aws.iam;

import static io.slipway.aws.cluster.AwsClusterFixture.DEV;
import static io.slipway.aws.cluster.AwsClusterFixture.MOCKS;
import static io.slipway.aws.cluster.AwsClusterFixture.environment;
import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.offline.OfflineEngine;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ClusterOidcProviderTest {
    @Test
    void providerTrustsTheIssuerForStsOnly() {
        // GIVEN a cluster issuer URL
        String issuer = "https://oidc.eks.eu-west-1.amazonaws.com/id/ABC123";
        var args = new ClusterOidcProviderArgs(environment(DEV), "blue", Output.of(issuer));
        var host = new AtomicReference<String>();

        // WHEN the provider is registered
        var result = OfflineEngine.run("dev", MOCKS, ctx -> new ClusterOidcProvider("dev-blue-oidc", args,
                ComponentResourceOptions.builder().build()).issuerHost().applyValue(h -> {
                    host.set(h);
                    return h;
                }));

        // THEN it names the issuer, accepts only the STS audience and carries the cost tags
        assertThat(result.errors()).isEmpty();
        var provider = result.single("aws:iam/openIdConnectProvider:OpenIdConnectProvider");
        assertThat(provider.require("url")).isEqualTo(issuer);
        assertThat(provider.require("clientIdLists")).isEqualTo(List.of("sts.amazonaws.com"));
        assertThat(provider.require("tags.slipway:component")).isEqualTo("oidc-provider");
        // AND the issuer host IRSA conditions use has no scheme
        assertThat(host.get()).isEqualTo("oidc.eks.eu-west-1.amazonaws.com/id/ABC123");
    }
}
