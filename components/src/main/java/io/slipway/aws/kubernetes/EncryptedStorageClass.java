package io.slipway.aws.kubernetes;

import com.pulumi.core.Output;
import com.pulumi.kubernetes.Provider;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.kubernetes.storage.v1.StorageClass;
import com.pulumi.kubernetes.storage.v1.StorageClassArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;

/**
 * The cluster's default StorageClass: gp3 volumes through the EBS CSI driver, encrypted with the
 * environment key. EKS clusters from 1.30 on have no default class at all, so without this every
 * PersistentVolumeClaim that names no class (Prometheus's, for one) would stay Pending.
 */
public final class EncryptedStorageClass extends ComponentResource {
    public static final String TYPE = "slipway:aws:EncryptedStorageClass";
    public static final String NAME = "gp3-encrypted";

    /**
     * @param name       logical name
     * @param kubernetes the slot's Kubernetes provider
     * @param keyArn     the KMS key volumes are encrypted with
     * @param csiDriver  the EBS CSI driver add-on the class provisions through
     */
    public EncryptedStorageClass(String name, Provider kubernetes, Output<String> keyArn, Resource csiDriver,
                                 ComponentResourceOptions options) {
        super(TYPE, name, options);
        new StorageClass(name, StorageClassArgs.builder()
                .metadata(ObjectMetaArgs.builder()
                        .name(NAME)
                        .annotations(Map.of("storageclass.kubernetes.io/is-default-class", "true"))
                        .build())
                .provisioner("ebs.csi.aws.com")
                .parameters(keyArn.applyValue(arn -> Map.of("type", "gp3", "encrypted", "true", "kmsKeyId", arn)))
                // Binding waits for the pod's node, so the volume is created in that node's zone.
                .volumeBindingMode("WaitForFirstConsumer")
                .allowVolumeExpansion(true)
                .reclaimPolicy("Delete")
                .build(), CustomResourceOptions.builder().parent(this).provider(kubernetes).dependsOn(List.of(csiDriver)).build());
        registerOutputs(Map.of());
    }
}
