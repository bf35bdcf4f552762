package io.slipway.addons;

import static io.slipway.addons.Fixtures.RELEASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pulumi.core.Output;
import io.slipway.addons.lock.Addon;
import io.slipway.offline.RegisteredResource;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AddonSetTest {

    /** Builds the add-on set of a slot with a Grafana password, as the platform program does. */
    static void build(io.slipway.cluster.ClusterHandle cluster) {
        new AddonSet(cluster.clusterName() + "-addons", new AddonSetArgs(cluster, Output.ofSecret("s3cret")), Fixtures.noOptions());
    }

    static Map<String, RegisteredResource> releasesByChart(io.slipway.offline.OfflineResult result) {
        return result.ofType(RELEASE).stream().collect(Collectors.toMap(r -> (String) r.require("chart"), Function.identity()));
    }

    @Test
    void awsGetsEveryAddonPinnedAsTheLockSays() {
        // GIVEN an AWS environment with every add-on on (the defaults)
        var env = Fixtures.aws("dev", "");

        // WHEN the add-on set is built for the blue slot
        var result = Fixtures.run(env, (ctx, cluster) -> {
            var set = new AddonSet("dev-blue-addons", new AddonSetArgs(cluster, Output.ofSecret("s3cret")), Fixtures.noOptions());
            ctx.export("ingressAddress", set.ingressAddress().orElseThrow());
            ctx.export("ingressRecordType", set.ingressRecordType().orElseThrow());
            ctx.export("ingressAddressOwner", set.ingressAddressOwner().orElseThrow().urn());
        });

        // THEN all eight charts are released, each with the chart, repository and version of the lock
        var releases = releasesByChart(result);
        assertThat(releases.keySet()).containsExactlyInAnyOrder("traefik", "kube-prometheus-stack", "cluster-autoscaler",
                "velero", "external-dns", "cert-manager", "metrics-server", "aws-load-balancer-controller");
        // AND Traefik's Service is made once the load balancer controller runs, and deleted while it still does
        assertThat(releases.get("traefik").dependencies()).contains(releases.get("aws-load-balancer-controller").urn());
        for (Addon addon : Addon.values()) {
            var pin = Fixtures.LOCK.pin(addon);
            var release = releases.get(pin.chart());
            assertThat(release.require("version")).as(addon + " version").isEqualTo(pin.version());
            assertThat(release.require("repositoryOpts.repo")).as(addon + " repository").isEqualTo(pin.repository());
            assertThat(release.require("atomic")).isEqualTo(true);
            assertThat(release.require("createNamespace")).isEqualTo(false);
            assertThat(((Number) release.require("timeout")).intValue()).isPositive();
        }
        // AND every release runs on the slot's cluster once its node pools exist
        var cluster = result.named("test:index:Marker", "dev-blue");
        var pool = result.named("test:index:Marker", "dev-blue-system");
        assertThat(result.ofType(RELEASE)).allSatisfy(release -> {
            assertThat(release.dependencies()).contains(cluster.urn(), pool.urn());
            assertThat(release.provider()).contains("dev-blue");
        });
        // AND every release outside kube-system waits for its namespace, created by Slipway with Pod Security labels
        var namespaces = result.ofType("kubernetes:core/v1:Namespace").stream()
                .collect(Collectors.toMap(n -> (String) n.require("metadata.name"), Function.identity()));
        assertThat(namespaces.keySet()).containsExactlyInAnyOrder("traefik", "monitoring", "velero", "external-dns", "cert-manager");
        assertThat(result.ofType(RELEASE)).filteredOn(r -> !r.require("namespace").equals("kube-system")).allSatisfy(release -> {
            var namespace = namespaces.get((String) release.require("namespace"));
            assertThat(release.dependencies()).contains(namespace.urn());
            assertThat(namespace.require("metadata.labels")).asString().contains("pod-security.kubernetes.io/enforce");
        });
        // AND the set is parented under one AddonSet and exports the ingress address as a CNAME
        var set = result.single(AddonSet.TYPE);
        assertThat(result.descendantsOf(set)).containsAll(result.ofType(RELEASE));
        assertThat(result.ofType("kubernetes:core/v1:Service")).singleElement().satisfies(s -> assertThat(s.read()).isTrue());
        assertThat((String) result.outputs().get("ingressAddress")).endsWith(".elb.eu-west-1.amazonaws.com");
        assertThat(result.outputs().get("ingressRecordType")).isEqualTo("CNAME");
        // AND on AWS the release owns that address (its Service makes the NLB): slot records depend on it
        assertThat(result.outputs().get("ingressAddressOwner")).isEqualTo(releases.get("traefik").urn());
    }

    @Test
    void gcpGetsNoAutoscalerAndNoMetricsServer() {
        // GIVEN a GCP environment with every add-on on
        var env = Fixtures.gcp("dev", "");

        // WHEN the add-on set is built
        var result = Fixtures.run(env, cluster -> new AddonSet("dev-blue-addons",
                new AddonSetArgs(cluster, Output.ofSecret("s3cret")), Fixtures.noOptions()));

        // THEN GKE's own autoscaler and metrics-server are used: those releases are absent
        var releases = releasesByChart(result);
        assertThat(releases.keySet()).containsExactlyInAnyOrder("traefik", "kube-prometheus-stack", "velero", "external-dns", "cert-manager");
        for (var release : releases.values()) {
            var pin = Fixtures.LOCK.pins().values().stream().filter(p -> p.chart().equals(release.require("chart"))).findFirst().orElseThrow();
            assertThat(release.require("version")).isEqualTo(pin.version());
            assertThat(release.require("repositoryOpts.repo")).isEqualTo(pin.repository());
        }
        assertThat(result.ofType("slipway:addons:ClusterAutoscaler")).isEmpty();
        assertThat(result.ofType("slipway:addons:MetricsServer")).isEmpty();
    }

    @Test
    void scrapedAddonsInstallBesideMonitoringAndOnlyTheirServiceMonitorsWaitForIt() {
        for (var env : java.util.List.of(Fixtures.aws("dev", ""), Fixtures.gcp("dev", ""))) {
            // GIVEN every add-on on WHEN the add-on set is built
            var result = Fixtures.run(env, AddonSetTest::build);

            // THEN no release waits for the monitoring release: Traefik and Velero install beside it
            var releases = releasesByChart(result);
            var monitoring = releases.get("kube-prometheus-stack");
            assertThat(result.ofType(RELEASE)).allSatisfy(release ->
                    assertThat(release.dependencies()).as(release.name()).doesNotContain(monitoring.urn()));
            // AND each scraped add-on has a ServiceMonitor in its namespace that waits for monitoring (its kind) and the add-on
            var monitors = result.ofType("kubernetes:monitoring.coreos.com/v1:ServiceMonitor").stream()
                    .collect(Collectors.toMap(m -> (String) m.require("metadata.namespace"), Function.identity()));
            assertThat(monitors.keySet()).containsExactlyInAnyOrder("traefik", "velero");
            assertThat(monitors.get("traefik").dependencies()).contains(monitoring.urn(), releases.get("traefik").urn());
            assertThat(monitors.get("velero").dependencies()).contains(monitoring.urn(), releases.get("velero").urn());
        }
    }

    @Test
    void withoutMonitoringNothingIsScraped() {
        // GIVEN monitoring off WHEN the add-on set is built THEN no ServiceMonitor is made (its kind would not exist)
        var result = Fixtures.run(Fixtures.gcp("dev", "monitoring: {enabled: false}"),
                cluster -> new AddonSet("dev-blue-addons", new AddonSetArgs(cluster, null), Fixtures.noOptions()));
        assertThat(result.ofType("kubernetes:monitoring.coreos.com/v1:ServiceMonitor")).isEmpty();
        assertThat(releasesByChart(result).keySet()).contains("traefik", "velero");
    }

    @Test
    void disabledAddonsRegisterNothing() {
        // GIVEN an environment that turns every add-on off
        var env = Fixtures.load(Fixtures.AWS.formatted("dev", """
                ingress: {enabled: false}
                  monitoring: {enabled: false}
                  autoscaler: {enabled: false}
                  backups: {enabled: false}
                  externalDns: {enabled: false}
                  metricsServer: {enabled: false}""")
                .replace("certManager: {acmeEmail: platform@example.com}", "certManager: {enabled: false}"));

        // WHEN the add-on set is built, without a Grafana password since monitoring is off
        var sets = new java.util.ArrayList<AddonSet>();
        var result = Fixtures.run(env, cluster -> sets.add(new AddonSet("dev-blue-addons", new AddonSetArgs(cluster, null), Fixtures.noOptions())));

        // THEN the set registers no release, no identity and no Kubernetes object, and offers no ingress address
        assertThat(result.descendantsOf(result.single(AddonSet.TYPE))).isEmpty();
        assertThat(sets.get(0).ingressAddress()).isEmpty();
        assertThat(sets.get(0).ingressAddressOwner()).isEmpty();
    }

    @Test
    void oneDisabledAddonLeavesTheOthers() {
        // GIVEN backups off on GCP WHEN the set is built THEN Velero and its identity are absent, the rest present
        var result = Fixtures.run(Fixtures.gcp("dev", "backups: {enabled: false}"), AddonSetTest::build);
        assertThat(result.ofType("slipway:addons:Velero")).isEmpty();
        assertThat(result.ofType("gcp:storage/bucketIAMMember:BucketIAMMember")).isEmpty();
        assertThat(releasesByChart(result).keySet()).containsExactlyInAnyOrder("traefik", "kube-prometheus-stack", "external-dns", "cert-manager");
    }

    @Test
    void monitoringWithoutPasswordIsRefused() {
        // GIVEN monitoring on WHEN no Grafana password is given THEN the args say how to set it
        var env = Fixtures.aws("dev", "");
        assertThatThrownBy(() -> Fixtures.run(env, cluster -> new AddonSetArgs(cluster, null)))
                .hasMessageContaining("pulumi config set --secret grafanaAdminPassword");
    }
}
