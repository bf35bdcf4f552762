package io.slipway.addons;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.addons.lock.Addon;
import org.junit.jupiter.api.Test;

class PinnedReleaseTest {

    @Test
    void fullnameFollowsTheChartsHelperRules() {
        // GIVEN the pinned charts' fullname helper: the release name when it contains the chart name,
        // else <release>-<chart>, at most 63 characters, no trailing '-'
        // WHEN / THEN each branch gives what Helm would render
        assertThat(PinnedRelease.fullname("velero", "velero")).isEqualTo("velero");
        assertThat(PinnedRelease.fullname("backups", "velero")).isEqualTo("backups-velero");
        assertThat(PinnedRelease.fullname("a".repeat(62) + "-x", "velero")).isEqualTo("a".repeat(62));
        // AND every shipped release is named after its chart, so its objects carry the chart name
        assertThat(PinnedRelease.fullname(Fixtures.LOCK.pin(Addon.VELERO))).isEqualTo("velero");
    }
}
