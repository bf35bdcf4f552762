package io.slipway.addons.ingress;

import static io.slipway.addons.Fixtures.at;
import static io.slipway.addons.Fixtures.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.addons.AddonArgs;
import io.slipway.addons.Fixtures;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.offline.OfflineResult;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TraefikTest {
    static final String SERVICE_MONITOR = "kubernetes:monitoring.coreos.com/v1:ServiceMonitor";
    static final String ADDRESS = "gcp:compute/address:Address";

    static OfflineResult run(EnvironmentContext env, boolean scraped) {
        return Fixtures.run(env, (ctx, cluster) -> {
            var monitoring = scraped ? Optional.of(Fixtures.monitoringRelease()) : Optional.<Resource>empty();
            var traefik = new Traefik("dev-blue-traefik", new AddonArgs(cluster, Fixtures.LOCK), monitoring, Fixtures.noOptions());
            ctx.export("address", traefik.address());
            ctx.export("recordType", traefik.recordType());
        });
    }

    @Test
    void awsDevGetsAnInternetFacingNlbAndOneReplica() {
        // GIVEN a dev environment on AWS with defaults
        // WHEN Traefik is built, scraped by monitoring
        var result = run(Fixtures.aws("dev", ""), true);

        // THEN the release turns on the Ingress and Gateway API providers
        var release = result.single(Fixtures.RELEASE);
        var values = values(release);
        assertThat(release.require("namespace")).isEqualTo("traefik");
        assertThat(at(values, "providers", "kubernetesIngress", "enabled")).isEqualTo(true);
        assertThat(at(values, "providers", "kubernetesGateway", "enabled")).isEqualTo(true);
        // AND one replica with a PodDisruptionBudget
        assertThat(at(values, "deployment", "replicas")).isEqualTo(1L);
        assertThat(at(values, "podDisruptionBudget")).isEqualTo(Map.of("enabled", true, "maxUnavailable", 1L));
        // AND a LoadBalancer Service annotated for an internet-facing NLB carrying the cost tags
        assertThat(at(values, "service", "spec", "type")).isEqualTo("LoadBalancer");
        @SuppressWarnings("unchecked")
        var annotations = (Map<String, Object>) at(values, "service", "annotations");
        assertThat(annotations).containsEntry("service.beta.kubernetes.io/aws-load-balancer-type", "external")
                .containsEntry("service.beta.kubernetes.io/aws-load-balancer-nlb-target-type", "ip")
                .containsEntry("service.beta.kubernetes.io/aws-load-balancer-scheme", "internet-facing");
        // AND access logs go to the environment's log bucket (SSE-S3, which NLB log delivery needs) under the
        // prefix its policy opens to log delivery, without deletion protection in dev
        assertThat(annotations.get("service.beta.kubernetes.io/aws-load-balancer-attributes")).isEqualTo(
                "access_logs.s3.enabled=true,access_logs.s3.bucket=dev-logs-123456789012-eu-west-1,access_logs.s3.prefix=load-balancers,"
                        + "deletion_protection.enabled=false,load_balancing.cross_zone.enabled=true");
        assertThat((String) annotations.get("service.beta.kubernetes.io/aws-load-balancer-additional-resource-tags"))
                .contains("slipway:slot=blue", "slipway:component=ingress", "team=platform");
        // AND the Service is read back after the release, and its NLB hostname exported for a CNAME
        var service = result.single("kubernetes:core/v1:Service");
        assertThat(service.read()).isTrue();
        assertThat(service.dependencies()).contains(release.urn());
        assertThat((String) result.outputs().get("address")).matches("k8s-traefik-[0-9a-f-]+\\.elb\\.eu-west-1\\.amazonaws\\.com");
        assertThat(result.outputs().get("recordType")).isEqualTo("CNAME");
    }

    @Test
    void awsProdInternalGetsAnInternalNlbAndTwoReplicas() {
        // GIVEN a prod environment asking for an internal load balancer WHEN Traefik is built without monitoring
        var result = run(Fixtures.aws("prod", "ingress: {internal: true}"), false);

        // THEN two replicas, an internal NLB, and no ServiceMonitor (its kind would not exist) nor scrape allowance
        var values = values(result.single(Fixtures.RELEASE));
        assertThat(at(values, "deployment", "replicas")).isEqualTo(2L);
        assertThat(at(values, "service", "annotations", "service.beta.kubernetes.io/aws-load-balancer-scheme")).isEqualTo("internal");
        // AND the prod NLB cannot be deleted by accident
        assertThat((String) at(values, "service", "annotations", "service.beta.kubernetes.io/aws-load-balancer-attributes"))
                .contains("deletion_protection.enabled=true");
        assertThat(at(values, "metrics", "prometheus", "serviceMonitor", "enabled")).isEqualTo(false);
        assertThat(result.ofType(SERVICE_MONITOR)).isEmpty();
        assertThat(result.ofType("kubernetes:networking.k8s.io/v1:NetworkPolicy"))
                .noneSatisfy(p -> assertThat(p.name()).endsWith("scrape-from-monitoring"));
    }

    @Test
    void monitoringScrapesTraefikThroughAServiceMonitorThatAloneWaitsForIt() {
        // GIVEN a monitoring release in the slot WHEN Traefik is built, scraped by it
        var result = run(Fixtures.gcp("dev", ""), true);

        // THEN the release installs without waiting for monitoring, and its chart makes no ServiceMonitor
        var release = result.single(Fixtures.RELEASE);
        var monitoring = result.named("test:index:Marker", "dev-blue-monitoring");
        assertThat(release.dependencies()).doesNotContain(monitoring.urn());
        assertThat(at(values(release), "metrics", "prometheus", "serviceMonitor", "enabled")).isEqualTo(false);
        // AND Slipway's ServiceMonitor waits for the monitoring release (its kind) and for Traefik (its target)
        var monitor = result.single(SERVICE_MONITOR);
        assertThat(monitor.name()).isEqualTo("dev-blue-traefik-service-monitor");
        assertThat(monitor.dependencies()).contains(monitoring.urn(), release.urn());
        assertThat(monitor.provider()).contains("dev-blue");
        // AND it is the chart's: named after the release, selecting the release's Services by the chart's selector
        // labels (traefik.labelselector, instance <release>-<namespace>) and scraping the metrics port's /metrics
        assertThat(monitor.require("metadata.name")).isEqualTo("traefik");
        assertThat(monitor.require("metadata.namespace")).isEqualTo("traefik");
        assertThat(monitor.require("spec.selector.matchLabels")).isEqualTo(Map.of(
                "app.kubernetes.io/name", "traefik", "app.kubernetes.io/instance", "traefik-traefik"));
        assertThat(monitor.require("spec.namespaceSelector.matchNames")).isEqualTo(List.of("traefik"));
        assertThat(monitor.require("spec.endpoints")).isEqualTo(List.of(Map.of("targetPort", "metrics", "path", "/metrics")));
        // AND Prometheus may reach the metrics port
        assertThat(result.named("kubernetes:networking.k8s.io/v1:NetworkPolicy", "dev-blue-traefik-namespace-allow-scrape-from-monitoring")
                .require("spec.ingress")).asString().contains(String.valueOf(Traefik.METRICS_PORT));
    }

    @Test
    void gcpGetsAPassthroughLoadBalancerOnAReservedAddress() {
        // GIVEN a GCP environment WHEN Traefik is built
        var result = Fixtures.run(Fixtures.gcp("dev", ""), (ctx, cluster) -> {
            var traefik = new Traefik("dev-blue-traefik", new AddonArgs(cluster, Fixtures.LOCK), Optional.empty(), Fixtures.noOptions());
            ctx.export("address", traefik.address());
            ctx.export("recordType", traefik.recordType());
            ctx.export("addressOwner", traefik.addressOwner().urn());
        });

        // THEN a regional external address is reserved in the premium tier, labelled for the slot's cost report,
        // waiting for nothing of the cluster
        var address = result.single(ADDRESS);
        assertThat(address.inputs()).containsEntry("name", "dev-blue-ingress").containsEntry("region", "europe-west1")
                .containsEntry("project", "acme-dev").containsEntry("addressType", "EXTERNAL").containsEntry("networkTier", "PREMIUM");
        assertThat(address.input("subnetwork")).isEmpty();
        assertThat(address.require("labels")).isInstanceOfSatisfying(Map.class, labels -> assertThat(labels)
                .containsEntry("slipway-slot", "blue").containsEntry("slipway-component", "ingress"));
        assertThat(address.dependencies()).isEmpty();
        // AND the Service asks for a backend-service-based external load balancer on exactly that address
        var release = result.single(Fixtures.RELEASE);
        var values = values(release);
        assertThat(at(values, "service", "annotations")).isEqualTo(Map.of("cloud.google.com/l4-rbs", "enabled"));
        assertThat(at(values, "service", "spec")).isEqualTo(Map.of("type", "LoadBalancer", "loadBalancerIP", result.outputs().get("address")));
        assertThat(release.dependencies()).contains(address.urn());
        // AND the reserved IP is exported for an A record, owned by the address (no Service read back after the release)
        assertThat((String) result.outputs().get("address")).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
        assertThat(result.outputs().get("recordType")).isEqualTo("A");
        assertThat(result.outputs().get("addressOwner")).isEqualTo(address.urn());
        assertThat(result.ofType("kubernetes:core/v1:Service")).isEmpty();
    }

    @Test
    void gcpInternalGetsAnInternalLoadBalancerOnAnAddressInTheNodesSubnetwork() {
        // GIVEN / WHEN an internal ingress on GCP
        var result = run(Fixtures.gcp("prod", "ingress: {internal: true, replicas: 3}"), true);

        // THEN the address is internal, reserved in the nodes' subnetwork, and the GKE internal load balancer takes it
        var address = result.single(ADDRESS);
        assertThat(address.inputs()).containsEntry("addressType", "INTERNAL").containsEntry("subnetwork", Fixtures.SUBNETWORK);
        assertThat(address.input("networkTier")).isEmpty();
        var values = values(result.single(Fixtures.RELEASE));
        assertThat(at(values, "service", "annotations")).isEqualTo(Map.of("networking.gke.io/load-balancer-type", "Internal"));
        assertThat(at(values, "service", "spec", "loadBalancerIP")).isEqualTo(result.outputs().get("address"));
        assertThat((String) result.outputs().get("address")).startsWith("10.");
        assertThat(at(values, "deployment", "replicas")).isEqualTo(3L);
    }

    @Test
    void awsLeavesTheAddressToTheController() {
        // GIVEN / WHEN Traefik on AWS THEN no address is reserved and the Service picks no IP: the NLB's hostname is read back
        var result = run(Fixtures.aws("dev", ""), false);
        assertThat(result.ofType(ADDRESS)).isEmpty();
        assertThat(at(values(result.single(Fixtures.RELEASE)), "service", "spec")).isEqualTo(Map.of("type", "LoadBalancer"));
    }

    @Test
    void plainHttpIsRedirectedToHttpsUnlessTheEnvironmentKeepsIt() throws Exception {
        // GIVEN the default ingress WHEN Traefik is built
        var values = values(run(Fixtures.aws("dev", ""), true).single(Fixtures.RELEASE));

        // THEN the web entry point (port 80) permanently redirects to websecure (443) over https
        assertThat(at(values, "ports", "web", "http", "redirections", "entryPoint"))
                .isEqualTo(Map.of("to", "websecure", "scheme", "https", "permanent", true));
        // AND the redirect's target is an entry point the chart defines
        try (var in = getClass().getClassLoader().getResourceAsStream("charts/traefik-41.3.0/values.yaml")) {
            assertThat(new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(in).at("/ports/websecure/exposedPort").asInt())
                    .isEqualTo(443);
        }

        // GIVEN an environment that keeps plain HTTP WHEN Traefik is built THEN no redirection is configured
        var plain = values(run(Fixtures.gcp("dev", "ingress: {allowPlainHttp: true}"), true).single(Fixtures.RELEASE));
        assertThat(plain).doesNotContainKey("ports");
    }

    @Test
    void addressPrefersHostnames() {
        // GIVEN / WHEN / THEN a hostname becomes a CNAME, an IP an A record, nothing is refused
        assertThat(IngressAddress.of("lb.example.com", "1.2.3.4")).isEqualTo(new IngressAddress("lb.example.com", "CNAME"));
        assertThat(IngressAddress.of(null, "1.2.3.4")).isEqualTo(new IngressAddress("1.2.3.4", "A"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> IngressAddress.of("", null)).hasMessageContaining("neither");
    }
}
