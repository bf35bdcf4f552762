package io.slipway.aws.eks;

import static io.slipway.aws.cluster.AwsClusterFixture.DEV;
import static io.slipway.aws.cluster.AwsClusterFixture.ISSUER_HOST;
import static io.slipway.aws.cluster.AwsClusterFixture.MOCKS;
import static io.slipway.aws.cluster.AwsClusterFixture.environment;
import static io.slipway.aws.cluster.AwsClusterFixture.identity;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.offline.OfflineEngine;
import org.junit.jupiter.api.Test;

class NodeNetworkAddonsTest {
    private static final String ADDON = "aws:eks/addon:Addon";

    @Test
    void vpcCniRunsAsItsOwnIrsaRoleAndKubeProxyAtThePinnedVersion() throws Exception {
        // GIVEN Kubernetes 1.33
        var args = new NodeNetworkAddonsArgs(environment(DEV), "blue", "1.33", Output.of("dev-blue"), identity());

        // WHEN the node networking add-ons are registered
        var result = OfflineEngine.run("dev", MOCKS, ctx -> new NodeNetworkAddons("dev-blue-node-network", args,
                ComponentResourceOptions.builder().build()));

        // THEN vpc-cni and kube-proxy are installed at the versions pinned for 1.33, taking over EKS's copies
        assertThat(result.errors()).isEmpty();
        var cni = result.named(ADDON, "dev-blue-node-network-vpc-cni");
        var kubeProxy = result.named(ADDON, "dev-blue-node-network-kube-proxy");
        assertThat(cni.require("addonName")).isEqualTo("vpc-cni");
        assertThat(cni.require("addonVersion")).isEqualTo(CoreAddonVersions.version("1.33", "vpc-cni"));
        assertThat(kubeProxy.require("addonName")).isEqualTo("kube-proxy");
        assertThat(kubeProxy.require("addonVersion")).isEqualTo(CoreAddonVersions.version("1.33", "kube-proxy"));
        assertThat(cni.require("resolveConflictsOnCreate")).isEqualTo("OVERWRITE");
        assertThat(kubeProxy.require("resolveConflictsOnUpdate")).isEqualTo("OVERWRITE");
        // AND vpc-cni's IRSA role trusts only kube-system/aws-node and holds the CNI policy the node role lacks
        var role = result.single("aws:iam/role:Role");
        assertThat(cni.require("serviceAccountRoleArn")).isEqualTo("arn:aws:iam::123456789012:role/" + role.name());
        var trust = new ObjectMapper().readTree((String) role.require("assumeRolePolicy"));
        assertThat(trust.get("Statement").get(0).get("Condition").get("StringEquals").get(ISSUER_HOST + ":sub").asText())
                .isEqualTo("system:serviceaccount:kube-system:aws-node");
        assertThat(result.single("aws:iam/rolePolicyAttachment:RolePolicyAttachment").require("policyArn"))
                .isEqualTo("arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy");
        // AND vpc-cni enforces NetworkPolicies (team namespaces rely on them), kube-proxy keeps its defaults
        assertThat(new ObjectMapper().readTree((String) cni.require("configurationValues")).path("enableNetworkPolicy").asText())
                .isEqualTo("true");
        assertThat(kubeProxy.input("configurationValues")).isEmpty();
    }

    @Test
    void vpcCniEnforcesNetworkPolicies() throws Exception {
        // GIVEN the node networking add-ons of a slot
        var args = new NodeNetworkAddonsArgs(environment(DEV), "blue", "1.34", Output.of("dev-blue"), identity());

        // WHEN they are registered
        var result = OfflineEngine.run("dev", MOCKS, ctx -> new NodeNetworkAddons("dev-blue-node-network", args,
                ComponentResourceOptions.builder().build()));

        // THEN vpc-cni runs its network policy agent, so NetworkPolicies are enforced, and kube-proxy keeps its defaults
        var cni = result.named(ADDON, "dev-blue-node-network-vpc-cni");
        var config = new ObjectMapper().readTree((String) cni.require("configurationValues"));
        assertThat(config.get("enableNetworkPolicy").asText()).isEqualTo("true");
        assertThat(result.named(ADDON, "dev-blue-node-network-kube-proxy").input("configurationValues")).isEmpty();
    }
}
