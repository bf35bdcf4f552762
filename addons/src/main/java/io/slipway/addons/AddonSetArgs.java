package io.slipway.addons;

import com.pulumi.core.Output;
import io.slipway.addons.lock.AddonLock;
import io.slipway.cluster.ClusterHandle;

/**
 * Inputs of an {@link AddonSet}.
 *
 * @param cluster              the slot's cluster. Required.
 * @param grafanaAdminPassword Grafana's admin password, from secret stack config. Required when monitoring is enabled.
 * @param lock                 the add-on pins. @default the lock shipped with Slipway ({@link AddonLock#load()})
 */
public record AddonSetArgs(ClusterHandle cluster, Output<String> grafanaAdminPassword, AddonLock lock) {
    public AddonSetArgs {
        if (cluster == null) {
            throw new IllegalArgumentException("an add-on set needs the cluster handle of its slot");
        }
        if (grafanaAdminPassword == null && cluster.environment().spec().addons().monitoring().enabled()) {
            throw new IllegalArgumentException("monitoring is enabled in " + cluster.environment().name()
                    + " but no Grafana admin password was given: set it with `pulumi config set --secret grafanaAdminPassword`");
        }
        lock = lock == null ? AddonLock.load() : lock;
    }

    public AddonSetArgs(ClusterHandle cluster, Output<String> grafanaAdminPassword) {
        this(cluster, grafanaAdminPassword, null);
    }
}
