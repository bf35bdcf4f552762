package io.slipway.aws.eks;

import static io.slipway.aws.cluster.AwsClusterFixture.DEV;
import static io.slipway.aws.cluster.AwsClusterFixture.ISSUER_HOST;
import static io.slipway.aws.cluster.AwsClusterFixture.MOCKS;
import static io.slipway.aws.cluster.AwsClusterFixture.PRIVATE_SUBNETS;
import static io.slipway.aws.cluster.AwsClusterFixture.environment;
import static io.slipway.aws.cluster.AwsClusterFixture.identity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import com.pulumi.aws.eks.NodeGroup;
import com.pulumi.aws.eks.NodeGroupArgs;
import com.pulumi.aws.eks.inputs.NodeGroupScalingConfigArgs;
import io.slipway.offline.OfflineEngine;
import io.slipway.offline.OfflineResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreAddonsTest {
    private static final String ADDON = "aws:eks/addon:Addon";

    private static OfflineResult plan(String minor) {
        var environment = environment(DEV);
        return OfflineEngine.run("dev", MOCKS, ctx -> {
            // a stand-in for the node pools the add-ons wait for
            Resource nodes = new NodeGroup("dev-blue-system", NodeGroupArgs.builder().clusterName("dev-blue")
                    .nodeRoleArn("arn:aws:iam::123456789012:role/dev-blue-eks-node").subnetIds(PRIVATE_SUBNETS)
                    .scalingConfig(NodeGroupScalingConfigArgs.builder().minSize(1).maxSize(2).desiredSize(1).build()).build());
            new CoreAddons("dev-blue-core-addons", new CoreAddonsArgs(environment, "blue", minor, Output.of("dev-blue"),
                    identity(), Output.of(io.slipway.aws.cluster.AwsClusterFixture.KMS_KEY_ARN), List.of(nodes)), ComponentResourceOptions.builder().build());
        });
    }

    @Test
    void corednsAndEbsCsiRunAtTheirPinnedVersionsAfterTheNodes() {
        // GIVEN Kubernetes 1.34 WHEN the core add-ons are registered
        var result = plan("1.34");

        // THEN coredns and the EBS CSI driver are installed at the versions core-addons.yaml pins for 1.34
        assertThat(result.errors()).isEmpty();
        var coredns = result.named(ADDON, "dev-blue-core-addons-coredns");
        var ebs = result.named(ADDON, "dev-blue-core-addons-ebs-csi");
        assertThat(coredns.require("addonName")).isEqualTo("coredns");
        assertThat(coredns.require("addonVersion")).isEqualTo(CoreAddonVersions.version("1.34", "coredns"));
        assertThat(ebs.require("addonName")).isEqualTo("aws-ebs-csi-driver");
        assertThat(ebs.require("addonVersion")).isEqualTo(CoreAddonVersions.version("1.34", "aws-ebs-csi-driver"));
        // AND they take over any self-managed copy and keep owning their configuration
        for (var addon : List.of(coredns, ebs)) {
            assertThat(addon.require("clusterName")).isEqualTo("dev-blue");
            assertThat(addon.require("resolveConflictsOnCreate")).isEqualTo("OVERWRITE");
            assertThat(addon.require("resolveConflictsOnUpdate")).isEqualTo("OVERWRITE");
            assertThat(addon.require("tags.slipway:component")).isEqualTo("core-addons");
            // AND they wait for the nodes, since they run Deployments
            assertThat(addon.dependencies()).contains(result.single("aws:eks/nodeGroup:NodeGroup").urn());
        }
        // AND the EBS CSI driver runs as its own IRSA role
        assertThat((String) ebs.require("serviceAccountRoleArn")).startsWith("arn:aws:iam::123456789012:role/");
        assertThat(coredns.input("serviceAccountRoleArn")).isEmpty();
    }

    @Test
    void ebsCsiRoleTrustsOnlyTheControllerServiceAccountWithTheManagedPolicy() throws Exception {
        // GIVEN / WHEN the core add-ons are registered
        var result = plan("1.34");

        // THEN the EBS CSI role trusts only kube-system/ebs-csi-controller-sa and holds the EBS CSI managed policy
        var trust = new ObjectMapper().readTree((String) result.single("aws:iam/role:Role").require("assumeRolePolicy"));
        assertThat(trust.get("Statement").get(0).get("Condition").get("StringEquals").get(ISSUER_HOST + ":sub").asText())
                .isEqualTo("system:serviceaccount:kube-system:ebs-csi-controller-sa");
        assertThat(result.single("aws:iam/rolePolicyAttachment:RolePolicyAttachment").require("policyArn"))
                .isEqualTo("arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy");
        // AND it may use the environment key for encrypted volumes, and grant it only to AWS resources
        var policy = new ObjectMapper().readTree((String) result.single("aws:iam/rolePolicy:RolePolicy").require("policy"));
        var use = policy.get("Statement").get(0);
        assertThat(use.get("Resource").asText()).isEqualTo(io.slipway.aws.cluster.AwsClusterFixture.KMS_KEY_ARN);
        assertThat(use.get("Action")).extracting(com.fasterxml.jackson.databind.JsonNode::asText)
                .contains("kms:Decrypt", "kms:GenerateDataKeyWithoutPlaintext").noneMatch(a -> a.contains("*"));
        var grant = policy.get("Statement").get(1);
        assertThat(grant.get("Action").asText()).isEqualTo("kms:CreateGrant");
        assertThat(grant.get("Condition").get("Bool").get("kms:GrantIsForAWSResource").asText()).isEqualTo("true");
    }

    @Test
    void everyPinnedMinorPinsEveryAddon() {
        // GIVEN the pin file WHEN it is read THEN minors 1.32 to 1.35 pin an eksbuild version of each add-on
        assertThat(CoreAddonVersions.supportedMinors()).containsExactly("1.32", "1.33", "1.34", "1.35");
        for (String minor : CoreAddonVersions.supportedMinors()) {
            for (String addon : CoreAddonVersions.ADDONS) {
                assertThat(CoreAddonVersions.version(minor, addon)).matches("v\\d+\\.\\d+\\.\\d+-eksbuild\\.\\d+");
            }
        }
        // AND kube-proxy follows the cluster's minor
        assertThat(CoreAddonVersions.version("1.33", "kube-proxy")).startsWith("v1.33.");
    }

    @Test
    void aMinorWithoutPinsIsAClearError() {
        // GIVEN / WHEN a minor the file does not pin THEN the error names the file, the pinned minors and the refresh command
        assertThatThrownBy(() -> CoreAddonVersions.version("1.29", "coredns"))
                .hasMessageContaining("Kubernetes 1.29")
                .hasMessageContaining("io/slipway/aws/eks/core-addons.yaml")
                .hasMessageContaining("1.32, 1.33, 1.34, 1.35")
                .hasMessageContaining("aws eks describe-addon-versions --kubernetes-version 1.29");
        // AND the component registers no add-on for it
        assertThat(plan("1.29").ofType(ADDON)).isEmpty();
    }
}
