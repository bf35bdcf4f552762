package io.slipway.kubernetes;

import com.pulumi.core.Output;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.kubernetes.storage.v1.StorageClassArgs;
import java.util.Map;

/**
 * The settings every Slipway default StorageClass shares, whatever the cloud's driver: marked the
 * default, volumes created only once a pod is scheduled (so in that node's zone), expandable, and deleted
 * with their claim (so the clean destroy's claim deletion removes the disks).
 */
public final class DefaultStorageClass {
    private DefaultStorageClass() {}

    /** The class {@code name} of {@code provisioner} with the driver's {@code parameters}. */
    public static StorageClassArgs args(String name, String provisioner, Output<Map<String, String>> parameters) {
        return StorageClassArgs.builder()
                .metadata(ObjectMetaArgs.builder()
                        .name(name)
                        .annotations(Map.of("storageclass.kubernetes.io/is-default-class", "true"))
                        .build())
                .provisioner(provisioner)
                .parameters(parameters)
                .volumeBindingMode("WaitForFirstConsumer")
                .allowVolumeExpansion(true)
                .reclaimPolicy("Delete")
                .build();
    }
}
