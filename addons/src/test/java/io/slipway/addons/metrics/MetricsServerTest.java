package io.slipway.addons.metrics;

import static io.slipway.addons.Fixtures.at;
import static io.slipway.addons.Fixtures.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.addons.AddonArgs;
import io.slipway.addons.Fixtures;
import io.slipway.addons.lock.Addon;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.offline.OfflineResult;
import org.junit.jupiter.api.Test;

class MetricsServerTest {

    static OfflineResult run(EnvironmentContext env) {
        return Fixtures.run(env, cluster -> new MetricsServer("dev-blue-metrics-server", new AddonArgs(cluster, Fixtures.LOCK), Fixtures.noOptions()));
    }

    @Test
    void prodGetsTwoReplicasAndABudget() {
        // GIVEN a prod EKS environment WHEN metrics-server is built
        var release = run(Fixtures.aws("prod", "")).single(Fixtures.RELEASE);

        // THEN the pinned chart runs two replicas in kube-system with a PodDisruptionBudget
        assertThat(release.require("chart")).isEqualTo(Fixtures.LOCK.pin(Addon.METRICS_SERVER).chart());
        assertThat(release.require("version")).isEqualTo(Fixtures.LOCK.pin(Addon.METRICS_SERVER).version());
        assertThat(release.require("namespace")).isEqualTo("kube-system");
        assertThat(at(values(release), "replicas")).isEqualTo(2L);
        assertThat(at(values(release), "podDisruptionBudget", "enabled")).isEqualTo(true);
    }

    @Test
    void devGetsOneReplica() {
        // GIVEN / WHEN a dev environment THEN one replica, no budget
        var release = run(Fixtures.aws("dev", "")).single(Fixtures.RELEASE);
        assertThat(at(values(release), "replicas")).isEqualTo(1L);
        assertThat(at(values(release), "podDisruptionBudget", "enabled")).isEqualTo(false);
    }

    @Test
    void gkeIsRefused() {
        // GIVEN / WHEN metrics-server on GKE THEN it is refused: GKE runs its own
        assertThatThrownBy(() -> run(Fixtures.gcp("dev", ""))).hasMessageContaining("GKE runs its own");
    }
}
