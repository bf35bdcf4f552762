package io.slipway.addons;

import com.pulumi.resources.Resource;
import io.slipway.addons.lock.AddonLock;
import io.slipway.cluster.ClusterHandle;
import java.util.List;

/**
 * Inputs shared by the add-on components.
 *
 * @param cluster the slot's cluster: its provider, identity inputs, spec and readiness. Required.
 * @param lock    the add-on lock the chart pins come from. Required.
 * @param after   releases this add-on's release must wait for (Traefik's Service needs the AWS Load
 *                Balancer Controller running); add-ons otherwise install side by side. @default []
 */
public record AddonArgs(ClusterHandle cluster, AddonLock lock, List<Resource> after) {
    public AddonArgs {
        if (cluster == null) {
            throw new IllegalArgumentException("an add-on needs the cluster handle of its slot");
        }
        if (lock == null) {
            throw new IllegalArgumentException("an add-on needs the add-on lock");
        }
        after = after == null ? List.of() : List.copyOf(after);
    }

    public AddonArgs(ClusterHandle cluster, AddonLock lock) {
        this(cluster, lock, List.of());
    }
}
