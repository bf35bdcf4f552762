package io.slipway.addons;

import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.kubernetes.helm.v3.ReleaseArgs;
import com.pulumi.kubernetes.helm.v3.inputs.RepositoryOptsArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.addons.lock.AddonPin;
import io.slipway.addons.namespaces.PlatformNamespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Installs a chart exactly as the lock pins it, the way every add-on installs: atomic (a failed
 * install or upgrade rolls back instead of leaving a half-upgraded add-on), bounded by a timeout,
 * into its own namespace (created by Slipway with its Pod Security labels and network policies,
 * never by Helm), on the slot's cluster once the cluster and its node pools exist.
 */
public final class PinnedRelease {
    /** Long enough for images to pull on fresh nodes, short enough to fail a stuck apply. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 600;
    public static final String KUBE_SYSTEM = "kube-system";

    private PinnedRelease() {}

    /** The Helm release name: the chart's name, one release of each chart per cluster. */
    public static String releaseName(AddonPin pin) {
        return pin.chart();
    }

    /**
     * The name the charts' {@code <chart>.fullname} helper gives the objects of a release (Helm's
     * scaffold convention, which the pinned charts keep): the release name when it contains the
     * chart name, else {@code <release>-<chart>}, cut to 63 characters without a trailing '-'.
     * Objects named after it (Velero's Schedules) are reported under that name by their exporters.
     */
    public static String fullname(AddonPin pin) {
        return fullname(releaseName(pin), pin.chart());
    }

    static String fullname(String release, String chart) {
        String full = release.contains(chart) ? release : release + "-" + chart;
        full = full.length() > 63 ? full.substring(0, 63) : full;
        return full.replaceAll("-+$", "");
    }

    /**
     * Installs into a platform namespace, once that namespace, its Pod Security labels and its
     * network policies exist.
     *
     * @param name      the resource name, {@code <cluster>-<add-on>}
     * @param pin       the chart, repository and version from the lock
     * @param namespace the add-on's namespace, created by Slipway (Helm never creates it)
     * @param values    the chart values as plain nested maps (outputs only where a value is one)
     * @param timeout   seconds Helm waits for the release to become ready
     * @param args      the add-on's cluster and ordering
     * @param parent    the add-on component
     */
    public static Release install(String name, AddonPin pin, PlatformNamespace namespace, Map<String, Object> values, int timeout,
                                  AddonArgs args, Resource parent) {
        return install(name, pin, namespace.name(), List.of(namespace), values, timeout, args, parent);
    }

    /**
     * Installs into {@code kube-system}, for add-ons that belong with the cluster's own services
     * (cluster-autoscaler, metrics-server, the load balancer controller). EKS and GKE manage that
     * namespace, so Slipway neither labels it nor puts policies in it.
     */
    public static Release installInKubeSystem(String name, AddonPin pin, Map<String, Object> values, int timeout,
                                              AddonArgs args, Resource parent) {
        return install(name, pin, KUBE_SYSTEM, List.of(), values, timeout, args, parent);
    }

    private static Release install(String name, AddonPin pin, String namespace, List<Resource> namespaceResources,
                                   Map<String, Object> values, int timeout, AddonArgs args, Resource parent) {
        var dependsOn = new ArrayList<Resource>(args.cluster().readiness());
        dependsOn.addAll(namespaceResources);
        dependsOn.addAll(args.after());
        return new Release(name, ReleaseArgs.builder()
                .name(releaseName(pin))
                .chart(pin.chart())
                .version(pin.version())
                .repositoryOpts(RepositoryOptsArgs.builder().repo(pin.repository()).build())
                .namespace(namespace)
                .createNamespace(false)
                .atomic(true)
                .cleanupOnFail(true)
                .timeout(timeout)
                .values(values)
                .build(), CustomResourceOptions.builder()
                .parent(parent)
                .provider(args.cluster().kubernetes())
                .dependsOn(dependsOn)
                .build());
    }
}
