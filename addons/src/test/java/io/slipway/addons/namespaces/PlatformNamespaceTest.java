package io.slipway.addons.namespaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pulumi.core.Output;
import io.slipway.addons.AddonSet;
import io.slipway.addons.AddonSetArgs;
import io.slipway.cluster.ClusterHandle;
import io.slipway.addons.Fixtures;
import io.slipway.offline.OfflineResult;
import io.slipway.offline.RegisteredResource;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlatformNamespaceTest {
    static final String NAMESPACE = "kubernetes:core/v1:Namespace";
    static final String POLICY = "kubernetes:networking.k8s.io/v1:NetworkPolicy";

    static Map<String, List<RegisteredResource>> policiesByNamespace(OfflineResult result) {
        return result.ofType(POLICY).stream().collect(Collectors.groupingBy(p -> (String) p.require("metadata.namespace")));
    }

    static void addons(ClusterHandle cluster) {
        new AddonSet("dev-blue-addons", new AddonSetArgs(cluster, Output.ofSecret("s3cret")), Fixtures.noOptions());
    }

    static RegisteredResource policy(OfflineResult result, String namespace, String name) {
        return policiesByNamespace(result).get(namespace).stream()
                .filter(p -> p.require("metadata.name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no policy " + name + " in " + namespace));
    }

    @Test
    void everyPlatformNamespaceIsLabelledAndClosedByDefault() {
        // GIVEN every add-on on AWS
        var result = Fixtures.run(Fixtures.aws("prod", ""), PlatformNamespaceTest::addons);

        // THEN each namespace carries the strictest Pod Security level its chart runs under, for enforce, audit and warn,
        // pinned to the cluster's minor
        var levels = Map.of("traefik", "restricted", "velero", "restricted", "external-dns", "restricted",
                "cert-manager", "restricted", "monitoring", "privileged");
        assertThat(result.ofType(NAMESPACE)).hasSize(levels.size()).allSatisfy(ns -> {
            String level = levels.get((String) ns.require("metadata.name"));
            var labels = (Map<?, ?>) ns.require("metadata.labels");
            for (String mode : List.of("enforce", "audit", "warn")) {
                assertThat(labels.get("pod-security.kubernetes.io/" + mode)).isEqualTo(level);
                assertThat(labels.get("pod-security.kubernetes.io/" + mode + "-version")).isEqualTo("v1.34");
            }
        });
        // AND each has a default-deny policy for both directions over every pod, created after the namespace
        var byNamespace = policiesByNamespace(result);
        assertThat(byNamespace.keySet()).isEqualTo(levels.keySet());
        for (String namespace : levels.keySet()) {
            var deny = policy(result, namespace, "default-deny");
            assertThat(deny.require("spec.policyTypes")).isEqualTo(List.of("Ingress", "Egress"));
            assertThat(deny.require("spec.podSelector")).isEqualTo(Map.of());
            assertThat(deny.input("spec.ingress")).isEmpty();
            assertThat(deny.input("spec.egress")).isEmpty();
            // AND every namespace may resolve names at the cluster DNS and reach the API server, nothing more by default
            assertThat(policy(result, namespace, "allow-dns").require("spec.egress.0.to.0.podSelector.matchLabels"))
                    .isEqualTo(Map.of("k8s-app", "kube-dns"));
            assertThat(policy(result, namespace, "allow-api-server").require("spec.egress.0.to.0.ipBlock.cidr")).isEqualTo("10.0.0.0/16");
        }
    }

    @Test
    void monitoringIsReachableOnlyFromItselfAndTheApiServer() {
        // GIVEN every add-on on AWS WHEN the monitoring namespace's ingress allowances are read
        var result = Fixtures.run(Fixtures.aws("dev", ""), PlatformNamespaceTest::addons);
        var ingress = policiesByNamespace(result).get("monitoring").stream()
                .filter(p -> ((List<?>) p.require("spec.policyTypes")).equals(List.of("Ingress"))).toList();

        // THEN only pods of the monitoring namespace, and the control plane on the operator's webhook port, get in
        assertThat(ingress).extracting(p -> p.require("metadata.name"))
                .containsExactlyInAnyOrder("allow-within-namespace", "allow-webhook-from-api-server");
        assertThat(policy(result, "monitoring", "allow-within-namespace").require("spec.ingress.0.from.0.namespaceSelector.matchLabels"))
                .isEqualTo(Map.of("kubernetes.io/metadata.name", "monitoring"));
        assertThat(policy(result, "monitoring", "allow-webhook-from-api-server").require("spec.ingress.0.ports.0"))
                .isEqualTo(Map.of("protocol", "TCP", "port", 10250L));
        // AND the scraped add-ons let the monitoring namespace in on their metrics port only
        assertThat(policy(result, "traefik", "allow-scrape-from-monitoring").require("spec.ingress.0.ports"))
                .isEqualTo(List.of(Map.of("protocol", "TCP", "port", 9100L)));
        assertThat(policy(result, "velero", "allow-scrape-from-monitoring").require("spec.ingress.0.ports"))
                .isEqualTo(List.of(Map.of("protocol", "TCP", "port", 8085L)));
    }

    @Test
    void trafficGetsToTraefiksEntryPointsAndCertManagersWebhook() {
        // GIVEN every add-on on GCP
        var result = Fixtures.run(Fixtures.gcp("dev", ""), PlatformNamespaceTest::addons);

        // THEN clients anywhere reach Traefik's web and websecure ports, and Traefik reaches backends in every namespace
        var entry = policy(result, "traefik", "allow-entry-points");
        assertThat(entry.require("spec.ingress.0.from.0.ipBlock.cidr")).isEqualTo("0.0.0.0/0");
        assertThat(entry.require("spec.ingress.0.ports")).isEqualTo(List.of(
                Map.of("protocol", "TCP", "port", 8000L), Map.of("protocol", "TCP", "port", 8443L)));
        assertThat(policy(result, "traefik", "allow-backends").require("spec.egress.0.to.0.namespaceSelector")).isEqualTo(Map.of());
        // AND on GKE the API server and webhooks are the control plane's /28, and Workload Identity reaches the metadata server
        assertThat(policy(result, "cert-manager", "allow-webhook-from-api-server").require("spec.ingress.0.from.0.ipBlock.cidr"))
                .isEqualTo("172.16.0.0/28");
        assertThat(policy(result, "external-dns", "allow-gke-metadata").require("spec.egress.0.to.0.ipBlock.cidr"))
                .isEqualTo("169.254.169.254/32");
        assertThat(policy(result, "cert-manager", "allow-public-resolvers").require("spec.egress.0.to"))
                .isEqualTo(List.of(Map.of("ipBlock", Map.of("cidr", "1.1.1.1/32")), Map.of("ipBlock", Map.of("cidr", "8.8.8.8/32"))));
        // AND Traefik, which talks to no cloud API, gets no cloud egress
        assertThat(policiesByNamespace(result).get("traefik")).extracting(p -> p.require("metadata.name"))
                .doesNotContain("allow-cloud-apis", "allow-gke-metadata");
    }

    @Test
    void malformedAllowancesAreRefused() {
        // GIVEN / WHEN / THEN a rule without peers, or two rules of one name, is refused when defined
        assertThatThrownBy(() -> new TrafficRule("dns", TrafficRule.Direction.EGRESS, List.of(), List.of()))
                .hasMessageContaining("at least one peer");
        Fixtures.run(Fixtures.aws("dev", ""), cluster -> assertThatThrownBy(() -> new PlatformNamespaceArgs(cluster, "x",
                PodSecurityLevel.RESTRICTED, List.of(PlatformTraffic.dns(), PlatformTraffic.dns())))
                .hasMessageContaining("two allowances of the same name"));
    }
}
