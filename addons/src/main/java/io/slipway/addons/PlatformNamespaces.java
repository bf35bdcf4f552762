package io.slipway.addons;

import io.slipway.addons.autoscaler.ClusterAutoscaler;
import io.slipway.addons.backups.Velero;
import io.slipway.addons.certificates.CertManager;
import io.slipway.addons.dns.ExternalDns;
import io.slipway.addons.ingress.Traefik;
import io.slipway.addons.monitoring.KubePrometheusStack;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The namespaces the platform itself uses on every cluster: Kubernetes' own and every add-on's, taken
 * from the add-ons themselves so a new add-on's namespace is covered (metrics-server runs in
 * kube-system). No team may claim one.
 */
public final class PlatformNamespaces {
    /** Namespaces every Kubernetes cluster has. */
    private static final Set<String> KUBERNETES = Set.of("default", "kube-system", "kube-public", "kube-node-lease");

    private PlatformNamespaces() {}

    public static Set<String> all() {
        var all = new TreeSet<>(KUBERNETES);
        all.addAll(List.of(Traefik.NAMESPACE, KubePrometheusStack.NAMESPACE, Velero.NAMESPACE, ExternalDns.NAMESPACE,
                CertManager.NAMESPACE, ClusterAutoscaler.NAMESPACE));
        return Set.copyOf(all);
    }
}
