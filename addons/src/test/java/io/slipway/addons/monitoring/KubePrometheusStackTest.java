package io.slipway.addons.monitoring;

import static io.slipway.addons.Fixtures.at;
import static io.slipway.addons.Fixtures.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pulumi.core.Output;
import io.slipway.addons.AddonArgs;
import io.slipway.addons.Fixtures;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.offline.OfflineResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KubePrometheusStackTest {
    static final String RULE = "kubernetes:monitoring.coreos.com/v1:PrometheusRule";

    static OfflineResult run(EnvironmentContext env) {
        return Fixtures.run(env, cluster -> new KubePrometheusStack("dev-blue-monitoring",
                new MonitoringArgs(new AddonArgs(cluster, Fixtures.LOCK), Output.ofSecret("s3cret")), Fixtures.noOptions()));
    }

    @Test
    void retentionStorageAndGrafanaPasswordComeFromTheEnvironment() {
        // GIVEN an environment keeping 3 days on 20 GiB
        var result = run(Fixtures.aws("dev", "monitoring: {retention: 3d, storageGb: 20}"));

        // THEN Prometheus gets that retention and volume size, and selects every add-on's monitors and rules
        var release = result.single(Fixtures.RELEASE);
        var values = values(release);
        assertThat(at(values, "prometheus", "prometheusSpec", "retention")).isEqualTo("3d");
        assertThat(at(values, "prometheus", "prometheusSpec", "storageSpec", "volumeClaimTemplate", "spec", "resources", "requests", "storage"))
                .isEqualTo("20Gi");
        assertThat(at(values, "prometheus", "prometheusSpec", "serviceMonitorSelectorNilUsesHelmValues")).isEqualTo(false);
        assertThat(at(values, "prometheus", "prometheusSpec", "ruleSelectorNilUsesHelmValues")).isEqualTo(false);
        // AND Grafana reads its admin password from a Secret whose value is masked, created before the release
        assertThat(at(values, "grafana", "admin", "existingSecret")).isEqualTo("grafana-admin");
        var secret = result.single("kubernetes:core/v1:Secret");
        assertThat(secret.require("metadata.namespace")).isEqualTo("monitoring");
        assertThat(secret.inputs().toString()).doesNotContain("s3cret");
        assertThat(release.dependencies()).contains(secret.urn());
        // AND the managed control plane's components are not scraped
        assertThat(at(values, "kubeEtcd", "enabled")).isEqualTo(false);
        assertThat(at(values, "kubeScheduler", "enabled")).isEqualTo(false);
    }

    @Test
    void prometheusClaimsItsVolumeFromSlipwaysTaggedClassOnEitherCloud() {
        // GIVEN an AWS and a GCP environment WHEN the release is planned
        // THEN the Prometheus volume names the slot's tagged (EKS) or labelled (GKE) class, never GKE's unlabelled standard-rwo
        for (var cloud : java.util.List.of(Fixtures.aws("dev", ""), Fixtures.gcp("dev", ""))) {
            var values = values(run(cloud).single(Fixtures.RELEASE));
            assertThat(at(values, "prometheus", "prometheusSpec", "storageSpec", "volumeClaimTemplate", "spec", "storageClassName"))
                    .isEqualTo(cloud.spec().gcp() != null ? "pd-balanced-labelled" : "gp3-encrypted");
        }
    }

    @Test
    void platformAlertsAreAPrometheusRuleAfterTheRelease() {
        // GIVEN pods may stay pending 7 minutes in this environment
        var result = run(Fixtures.aws("dev", "monitoring: {pendingPodsMinutes: 7}"));

        // THEN the PrometheusRule is created once the release (and its CRD) exists
        var rule = result.single(RULE);
        assertThat(rule.dependencies()).contains(result.single(Fixtures.RELEASE).urn());
        assertThat(rule.require("metadata.namespace")).isEqualTo("monitoring");
        // AND every rule has an expression, a for, a severity and a runbook link
        @SuppressWarnings("unchecked")
        var groups = (List<Map<String, Object>>) rule.require("spec.groups");
        assertThat(groups).extracting(g -> g.get("name")).containsExactly(
                "slipway.capacity", "slipway.scheduling", "slipway.backups", "slipway.ingress", "slipway.nodes");
        @SuppressWarnings("unchecked")
        var rules = groups.stream().flatMap(g -> ((List<Map<String, Object>>) g.get("rules")).stream()).toList();
        assertThat(rules).hasSize(12).allSatisfy(r -> {
            assertThat((String) r.get("expr")).isNotBlank();
            assertThat((String) r.get("for")).matches("\\d+[smh]");
            assertThat(at(r, "labels", "severity")).isIn("critical", "warning");
            assertThat((String) at(r, "annotations", "runbook_url"))
                    .isEqualTo("https://github.com/slipway-platform/slipway/blob/main/docs/runbooks/alerts/" + r.get("alert") + ".md");
        });
        // AND the scheduling alerts wait the environment's pending minutes
        assertThat(rules).filteredOn(r -> r.get("alert").equals("SlipwayPodsPending")).singleElement()
                .satisfies(r -> assertThat(r.get("for")).isEqualTo("7m"));
    }

    @Test
    void gcpWatchesGkeSpotNodesAndSkipsKubeProxy() {
        // GIVEN a GCP environment WHEN monitoring is built
        var result = run(Fixtures.gcp("dev", ""));

        // THEN the spot alert reads GKE's spot label, and kube-proxy (absent on Dataplane V2) is not scraped
        assertThat(result.single(RULE).inputs().toString()).contains("label_cloud_google_com_gke_spot");
        assertThat(at(values(result.single(Fixtures.RELEASE)), "kubeProxy", "enabled")).isEqualTo(false);
    }

    @Test
    void aMissingPasswordIsRefused() {
        // GIVEN / WHEN monitoring args without a password THEN they are refused with the reason
        assertThatThrownBy(() -> new MonitoringArgs(null, null)).hasMessageContaining("Grafana's admin password");
    }
}
