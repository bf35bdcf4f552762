package io.slipway.model.validation.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.EnvironmentFixture;
import org.junit.jupiter.api.Test;

class KubernetesVersionRuleTest {
    @Test
    void awsTakesMajorMinorOnly() {
        // GIVEN an EKS slot pinned to a patch version
        var fixture = EnvironmentFixture.aws().set("slots.blue.kubernetesVersion", "'1.34.2'");
        // WHEN / THEN it is refused with the expected format
        fixture.assertProblem("slots.blue.kubernetesVersion", "'1.34.2' is not an EKS version; expected MAJOR.MINOR, e.g. \"1.34\"");
    }

    @Test
    void gcpTakesMajorMinorOrAnExactGkeVersion() {
        // GIVEN GKE slots with MAJOR.MINOR and an exact GKE version
        var minor = EnvironmentFixture.gcp().set("slots.blue.kubernetesVersion", "'1.33'");
        var exact = EnvironmentFixture.gcp().set("slots.blue.kubernetesVersion", "1.34.1-gke.1829001");
        // WHEN / THEN both load
        assertThat(minor.assertValid().spec().slots().get("blue").minorVersion()).isEqualTo("1.33");
        assertThat(exact.assertValid().spec().slots().get("blue").minorVersion()).isEqualTo("1.34");
    }

    @Test
    void gcpRefusesOtherShapes() {
        // GIVEN a GKE slot with a version that is neither form
        var fixture = EnvironmentFixture.gcp().set("slots.blue.kubernetesVersion", "v1.34");
        // WHEN / THEN both valid forms are named
        fixture.assertProblem("slots.blue.kubernetesVersion", "expected MAJOR.MINOR (\"1.34\") or an exact GKE version (\"1.34.1-gke.1829001\")");
    }
}
