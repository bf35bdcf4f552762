package io.slipway.aws.kubernetes;

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

/**
 * The cluster's default StorageClass: gp3 volumes through the EBS CSI driver (or, on EKS Auto Mode,
 * its built-in block storage), encrypted with the environment key. EKS clusters from 1.30 on have no
 * default class at all, and Auto Mode creates none, so without this every PersistentVolumeClaim that
 * names no class (Prometheus's, for one) would stay Pending. Every volume it provisions carries the
 * slot's cost tags (and on an ephemeral environment its marker) through the driver's
 * {@code tagSpecification_N} parameters (aws-ebs-csi-driver docs/tagging.md; Auto Mode's block storage
 * takes the same parameters), so a volume left behind is found and its cost attributed. The expiry is not
 * among them: StorageClass parameters are immutable, so {@code dev extend} would replace the class.
 */
public final class EncryptedStorageClass extends ComponentResource {
    public static final String TYPE = "slipway:aws:EncryptedStorageClass";
    public static final String NAME = "gp3-encrypted";
    /** The EBS CSI driver add-on's provisioner. */
    public static final String EBS_CSI_DRIVER = "ebs.csi.aws.com";
    /** EKS Auto Mode's block storage capability (Amazon EKS User Guide, "Create a storage class"). */
    public static final String AUTO_MODE_BLOCK_STORAGE = "ebs.csi.eks.amazonaws.com";
    /** The driver applies the value ({@code key=value}) of every parameter with this prefix as a volume tag. */
    static final String TAG_SPECIFICATION = "tagSpecification_";

    /**
     * @param name       logical name
     * @param kubernetes the slot's Kubernetes provider
     * @param keyArn     the KMS key volumes are encrypted with
     * @param provisioner {@link #EBS_CSI_DRIVER} or {@link #AUTO_MODE_BLOCK_STORAGE}
     * @param csiDriver  what provisions the volumes (the EBS CSI driver add-on, or the Auto Mode cluster)
     * @param volumeTags tags every provisioned volume gets ({@code EnvironmentContext.launchTags})
     */
    public EncryptedStorageClass(String name, Provider kubernetes, Output<String> keyArn, String provisioner, Resource csiDriver,
                                 Map<String, String> volumeTags, ComponentResourceOptions options) {
        super(TYPE, name, options);
        new StorageClass(name, DefaultStorageClass.args(NAME, provisioner, keyArn.applyValue(arn -> parameters(arn, volumeTags))),
                CustomResourceOptions.builder().parent(this).provider(kubernetes).dependsOn(List.of(csiDriver)).build());
        registerOutputs(Map.of());
    }

    /** The volume type, the key, and one {@code tagSpecification_N: key=value} per tag, numbered in key order. */
    static Map<String, String> parameters(String keyArn, Map<String, String> volumeTags) {
        var parameters = new TreeMap<String, String>();
        parameters.put("type", "gp3");
        parameters.put("encrypted", "true");
        parameters.put("kmsKeyId", keyArn);
        int n = 0;
        for (var tag : new TreeMap<>(volumeTags).entrySet()) {
            parameters.put(TAG_SPECIFICATION + ++n, tag.getKey() + "=" + tag.getValue());
        }
        return parameters;
    }
}
