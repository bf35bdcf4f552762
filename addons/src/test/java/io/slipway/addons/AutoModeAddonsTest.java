package io.slipway.addons;

import static io.slipway.addons.Fixtures.RELEASE;
import static io.slipway.addons.Fixtures.at;
import static io.slipway.addons.Fixtures.values;
import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.core.Output;
import io.slipway.addons.ingress.Traefik;
import io.slipway.cluster.EnvironmentContext;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The add-ons of an EKS Auto Mode slot ({@code aws.autoMode: true}), where EKS makes load balancers and nodes itself. */
class AutoModeAddonsTest {
    static EnvironmentContext autoMode(String tier) {
        return Fixtures.load(Fixtures.AWS.formatted(tier, "").replace("aws: {}", "aws: {autoMode: true}"));
    }

    @Test
    void noLoadBalancerControllerAndNoClusterAutoscalerAreInstalled() {
        // GIVEN an Auto Mode environment with every add-on on
        // WHEN the add-on set is built
        var result = Fixtures.run(autoMode("dev"), cluster -> new AddonSet("dev-blue-addons",
                new AddonSetArgs(cluster, Output.ofSecret("s3cret")), Fixtures.noOptions()));

        // THEN every other add-on is there, without the two Auto Mode replaces, nor their IAM roles
        assertThat(AddonSetTest.releasesByChart(result).keySet()).containsExactlyInAnyOrder(
                "traefik", "kube-prometheus-stack", "velero", "external-dns", "cert-manager", "metrics-server");
        assertThat(result.ofType("aws:iam/role:Role")).extracting(r -> r.name())
                .noneMatch(name -> name.contains("load-balancer-controller") || name.contains("autoscaler"));
        // AND Traefik waits for no other release: no controller makes its NLB, and its ServiceMonitor
        // (not the release) waits for the monitoring release
        var releases = AddonSetTest.releasesByChart(result);
        assertThat(releases.get("traefik").dependencies()).noneMatch(urn -> urn.contains("helm.sh/v3:Release"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void traefiksServiceAsksAutoModeForTheSameNlbByLoadBalancerClass() {
        // GIVEN an Auto Mode prod environment (deletion protection on)
        // WHEN Traefik is built
        var result = Fixtures.run(autoMode("prod"), cluster -> new Traefik("dev-blue-traefik",
                new AddonArgs(cluster, Fixtures.LOCK), Optional.empty(), Fixtures.noOptions()));
        var values = values(result.single(RELEASE));

        // THEN the Service names Auto Mode's NLB class instead of the controller's type annotation, which Auto Mode refuses
        assertThat(at(values, "service", "spec")).isEqualTo(Map.of("type", "LoadBalancer", "loadBalancerClass", "eks.amazonaws.com/nlb"));
        var annotations = (Map<String, Object>) at(values, "service", "annotations");
        assertThat(annotations).doesNotContainKey("service.beta.kubernetes.io/aws-load-balancer-type")
                .containsEntry("service.beta.kubernetes.io/aws-load-balancer-nlb-target-type", "ip")
                .containsEntry("service.beta.kubernetes.io/aws-load-balancer-scheme", "internet-facing");
        // AND access logs, deletion protection and cross-zone go through the attributes annotation Auto Mode honours
        assertThat(annotations.get("service.beta.kubernetes.io/aws-load-balancer-attributes")).isEqualTo(
                "access_logs.s3.enabled=true,access_logs.s3.bucket=dev-logs-123456789012-eu-west-1,access_logs.s3.prefix=load-balancers,"
                        + "deletion_protection.enabled=true,load_balancing.cross_zone.enabled=true");
        // AND the load balancer still carries the slot's cost tags
        assertThat((String) annotations.get("service.beta.kubernetes.io/aws-load-balancer-additional-resource-tags"))
                .contains("slipway:slot=blue", "slipway:component=ingress", "team=platform");
    }
}
