package io.slipway.aws.kubernetes;

import static io.slipway.aws.cluster.AwsClusterFixture.KMS_KEY_ARN;
import static io.slipway.aws.cluster.AwsClusterFixture.MOCKS;
import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.core.Output;
import com.pulumi.kubernetes.Provider;
import com.pulumi.kubernetes.ProviderArgs;
import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.offline.OfflineEngine;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EncryptedStorageClassTest {
    @Test
    void theDefaultClassIsGp3EncryptedWithTheEnvironmentKeyAndTaggedThroughTheCsiDriver() {
        // GIVEN a slot's provider and its EBS CSI driver add-on
        // WHEN the storage class is registered
        var result = OfflineEngine.run("dev", MOCKS, ctx -> {
            var kubernetes = new Provider("dev-blue", ProviderArgs.builder().kubeconfig("{}").build());
            var csiDriver = new com.pulumi.aws.eks.Addon("dev-blue-ebs-csi", com.pulumi.aws.eks.AddonArgs.builder()
                    .clusterName("dev-blue").addonName("aws-ebs-csi-driver").build());
            new EncryptedStorageClass("dev-blue-storage", kubernetes, Output.of(KMS_KEY_ARN), EncryptedStorageClass.EBS_CSI_DRIVER, csiDriver,
                    Map.of("team", "platform", "slipway:environment", "dev", "slipway:ephemeral", "true"),
                    ComponentResourceOptions.builder().build());
        });

        // THEN it is the cluster's default class, provisioning encrypted gp3 volumes with the environment key
        assertThat(result.errors()).isEmpty();
        var storageClass = result.single("kubernetes:storage.k8s.io/v1:StorageClass");
        assertThat(storageClass.require("metadata.name")).isEqualTo("gp3-encrypted");
        assertThat(storageClass.require("metadata.annotations")).isEqualTo(Map.of("storageclass.kubernetes.io/is-default-class", "true"));
        assertThat(storageClass.require("provisioner")).isEqualTo("ebs.csi.aws.com");
        // AND every volume it provisions carries the given tags, one tagSpecification_N (key=value) each, in key order
        assertThat(storageClass.require("parameters")).isEqualTo(Map.of("type", "gp3", "encrypted", "true", "kmsKeyId", KMS_KEY_ARN,
                "tagSpecification_1", "slipway:environment=dev", "tagSpecification_2", "slipway:ephemeral=true",
                "tagSpecification_3", "team=platform"));
        // AND volumes are created in the zone of the pod's node, and can grow
        assertThat(storageClass.require("volumeBindingMode")).isEqualTo("WaitForFirstConsumer");
        assertThat(storageClass.require("allowVolumeExpansion")).isEqualTo(true);
        // AND it waits for the CSI driver it provisions through
        assertThat(storageClass.dependencies()).contains(result.single("aws:eks/addon:Addon").urn());
    }
}
