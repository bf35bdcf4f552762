package io.slipway.addons.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AddonLockTest {
    static final String VALID = """
            addons:
              traefik: {chart: traefik, repository: https://traefik.github.io/charts, version: 41.3.0, kubernetes: {min: "1.32", max: "1.35"}}
              kube-prometheus-stack: {chart: kube-prometheus-stack, repository: https://p.example, version: 88.5.3, kubernetes: {min: "1.30", max: "1.35"}}
              cluster-autoscaler:
                chart: cluster-autoscaler
                repository: https://kubernetes.github.io/autoscaler
                version: 9.59.0
                kubernetes: {min: "1.34", max: "1.35"}
                imageTags: {"1.34": v1.34.0, "1.35": v1.35.0}
              velero: {chart: velero, repository: https://v.example, version: 11.4.0, kubernetes: {min: "1.32", max: "1.36"}, images: {aws: a:1}}
              external-dns: {chart: external-dns, repository: https://e.example, version: 1.21.1, kubernetes: {min: "1.32", max: "1.35"}}
              cert-manager: {chart: cert-manager, repository: https://c.example, version: v1.21.1, kubernetes: {min: "1.32", max: "1.35"}}
              metrics-server: {chart: metrics-server, repository: https://m.example, version: 3.13.1, kubernetes: {min: "1.32", max: "1.35"}}
              aws-load-balancer-controller: {chart: aws-load-balancer-controller, repository: https://l.example, version: 3.5.0, kubernetes: {min: "1.32", max: "1.35"}}
            """;

    @Test
    void theShippedLockPinsTheChartsOfTheSharedChartList() {
        // GIVEN the lock shipped with Slipway WHEN it is loaded
        var lock = AddonLock.load();

        // THEN it pins exactly the versions the platform chose (charts README), one per add-on
        var versions = Map.of(Addon.TRAEFIK, "41.3.0", Addon.KUBE_PROMETHEUS_STACK, "88.5.3", Addon.CLUSTER_AUTOSCALER, "9.59.0",
                Addon.VELERO, "11.4.0", Addon.EXTERNAL_DNS, "1.21.1", Addon.CERT_MANAGER, "v1.21.1", Addon.METRICS_SERVER, "3.13.1");
        versions.forEach((addon, version) -> assertThat(lock.pin(addon).version()).as(addon.lockKey()).isEqualTo(version));
        assertThat(lock.pin(Addon.CERT_MANAGER).repository()).isEqualTo("https://charts.jetstack.io");
        // AND the Velero plugins are v1.13.x, and cluster-autoscaler has an image for every supported minor
        assertThat(lock.pin(Addon.VELERO).image("aws")).startsWith("velero/velero-plugin-for-aws:v1.13.");
        assertThat(lock.pin(Addon.VELERO).image("gcp")).startsWith("velero/velero-plugin-for-gcp:v1.13.");
        assertThat(lock.supportedRange()).isEqualTo("1.32 to 1.35");
        assertThat(lock.pin(Addon.CLUSTER_AUTOSCALER).imageTagFor(KubernetesMinor.parse("1.35"))).contains("v1.35.0");
    }

    @Test
    void supportedMinorsAreWhatEveryPinSupports() {
        // GIVEN a lock whose pins support different ranges WHEN versions are checked
        var lock = AddonLock.parse(VALID);

        // THEN only the minors all pins share pass, whatever the patch or GKE suffix
        assertThat(lock.supportedRange()).isEqualTo("1.34 to 1.35");
        assertThat(lock.supportsMinor("1.34")).isTrue();
        assertThat(lock.supportsMinor("1.35.2-gke.1000")).isTrue();
        assertThat(lock.supportsMinor("1.33")).isFalse();
        assertThat(lock.supportsMinor("1.36")).isFalse();
        assertThat(lock.supportsMinor("latest")).isFalse();
    }

    @Test
    void aMalformedLockFailsWithTheKeyPath() {
        // GIVEN locks with one mistake each WHEN they are parsed THEN the key path and the problem are named
        assertThatThrownBy(() -> AddonLock.parse(VALID.replace("version: 9.59.0", "version: \"\"")))
                .hasMessageContaining("addons.cluster-autoscaler.version: missing or empty");
        assertThatThrownBy(() -> AddonLock.parse(VALID.replace("  metrics-server:", "  metric-server:")))
                .hasMessageContaining("addons.metric-server: unknown add-on");
        assertThatThrownBy(() -> AddonLock.parse(VALID.replace("min: \"1.34\"", "min: \"one\"")))
                .hasMessageContaining("addons.cluster-autoscaler.kubernetes.min: 'one' is not a Kubernetes version");
        assertThatThrownBy(() -> AddonLock.parse(VALID.replace(", \"1.35\": v1.35.0", "")))
                .hasMessageContaining("addons.cluster-autoscaler.imageTags: no tag for Kubernetes 1.35");
        assertThatThrownBy(() -> AddonLock.parse(VALID.replace("https://e.example", "http://e.example")))
                .hasMessageContaining("addons.external-dns.repository");
        assertThatThrownBy(() -> AddonLock.parse(VALID.replace("{min: \"1.32\", max: \"1.36\"}", "{min: \"1.36\", max: \"1.32\"}")))
                .hasMessageContaining("addons.velero.kubernetes: min 1.36 is newer than max 1.32");
        assertThatThrownBy(() -> AddonLock.parse("addons: [")).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> AddonLock.parse(VALID).pin(Addon.VELERO).image("gcp")).hasMessageContaining("addons.velero.images.gcp");
    }

    @Test
    void minorsCompareNumerically() {
        // GIVEN / WHEN / THEN 1.9 is older than 1.10
        assertThat(KubernetesMinor.parse("1.9")).isLessThan(KubernetesMinor.parse("1.10"));
        assertThat(KubernetesMinor.parse("v1.34.1")).isEqualTo(new KubernetesMinor(1, 34));
    }
}
