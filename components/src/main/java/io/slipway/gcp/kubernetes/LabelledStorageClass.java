package io.slipway.gcp.kubernetes;

import com.pulumi.core.Output;
import com.pulumi.kubernetes.Provider;
import com.pulumi.kubernetes.storage.v1.StorageClass;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.kubernetes.DefaultStorageClass;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The cluster's default StorageClass on GKE: pd-balanced disks through the Compute Engine persistent disk
 * CSI driver, each labelled with the slot's cost labels (and on an ephemeral environment its marker) by the
 * driver's {@code labels} parameter, so a disk left behind is found and its cost attributed. GKE's own
 * {@code standard-rwo} provisions the same disks without them. With two default classes Kubernetes gives a
 * claim without a class the newest (KEP-3333), which is this one; Slipway's own claims name it. The expiry
 * is not among the labels: StorageClass parameters are immutable, so {@code dev extend} would replace the class.
 */
public final class LabelledStorageClass extends ComponentResource {
    public static final String TYPE = "slipway:gcp:LabelledStorageClass";
    public static final String NAME = "pd-balanced-labelled";
    /** GKE's managed Compute Engine persistent disk CSI driver. */
    public static final String PD_CSI_DRIVER = "pd.csi.storage.gke.io";

    /**
     * @param name       logical name
     * @param kubernetes the slot's Kubernetes provider
     * @param cluster    the cluster (and node pools) the class waits for
     * @param diskLabels labels every provisioned disk gets ({@code EnvironmentContext.gcpLaunchLabels})
     */
    public LabelledStorageClass(String name, Provider kubernetes, List<Resource> cluster, Map<String, String> diskLabels,
                                ComponentResourceOptions options) {
        super(TYPE, name, options);
        new StorageClass(name, DefaultStorageClass.args(NAME, PD_CSI_DRIVER, Output.of(parameters(diskLabels))),
                CustomResourceOptions.builder().parent(this).provider(kubernetes).dependsOn(cluster).build());
        registerOutputs(Map.of());
    }

    /** The disk type and the labels as the driver reads them: {@code key1=value1,key2=value2}, in key order. */
    static Map<String, String> parameters(Map<String, String> diskLabels) {
        return Map.of("type", "pd-balanced", "labels", new TreeMap<>(diskLabels).entrySet().stream()
                .map(label -> label.getKey() + "=" + label.getValue()).collect(Collectors.joining(",")));
    }
}
