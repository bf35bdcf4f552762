package io.slipway.addons;

import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.kubernetes.helm.v3.ReleaseArgs;
import com.pulumi.kubernetes.helm.v3.inputs.RepositoryOptsArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.addons.lock.AddonPin;
import java.util.ArrayList;
import java.util.Map;

/**
 * Installs a chart exactly as the lock pins it, the way every add-on installs: atomic (a failed
 * install or upgrade rolls back instead of leaving a half-upgraded add-on), bounded by a timeout,
 * into its own namespace, on the slot's cluster once the cluster and its node pools exist.
 */
public final class PinnedRelease {
    /** Long enough for images to pull on fresh nodes, short enough to fail a stuck apply. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 600;

    private PinnedRelease() {}

    /**
     * @param name      the resource name, {@code <cluster>-<add-on>}
     * @param pin       the chart, repository and version from the lock
     * @param namespace the namespace, also the Helm release name's home
     * @param values    the chart values as plain nested maps (outputs only where a value is one)
     * @param timeout   seconds Helm waits for the release to become ready
     * @param args      the add-on's cluster and ordering
     * @param parent    the add-on component
     */
    public static Release install(String name, AddonPin pin, String namespace, Map<String, Object> values, int timeout,
                                  AddonArgs args, Resource parent) {
        var dependsOn = new ArrayList<Resource>(args.cluster().readiness());
        dependsOn.addAll(args.after());
        return new Release(name, ReleaseArgs.builder()
                .name(pin.chart())
                .chart(pin.chart())
                .version(pin.version())
                .repositoryOpts(RepositoryOptsArgs.builder().repo(pin.repository()).build())
                .namespace(namespace)
                .createNamespace(true)
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
