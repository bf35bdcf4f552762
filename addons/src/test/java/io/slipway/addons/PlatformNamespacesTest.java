package io.slipway.addons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlatformNamespacesTest {
    @Test
    void kubernetesOwnAndEveryAddOnsNamespaceArePlatformNamespaces() {
        // WHEN the platform's namespaces are listed THEN Kubernetes' own and each add-on's are there
        assertThat(PlatformNamespaces.all()).containsExactlyInAnyOrder("default", "kube-system", "kube-public", "kube-node-lease",
                "traefik", "monitoring", "velero", "external-dns", "cert-manager");
    }
}
