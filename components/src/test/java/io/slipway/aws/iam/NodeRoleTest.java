package io.slipway.aws.iam;

import static io.slipway.aws.cluster.AwsClusterFixture.DEV;
import static io.slipway.aws.cluster.AwsClusterFixture.MOCKS;
import static io.slipway.aws.cluster.AwsClusterFixture.environment;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.offline.OfflineEngine;
import org.junit.jupiter.api.Test;

class NodeRoleTest {
    @Test
    void nodesGetOnlyTheWorkerAndRegistryPolicies() throws Exception {
        // GIVEN the node role of dev/blue in the China partition (the ARNs must follow it)
        var args = new NodeRoleArgs(environment(DEV), "blue", Output.of("aws-cn"));

        // WHEN it is registered
        var result = OfflineEngine.run("dev", MOCKS, ctx -> new NodeRole("dev-blue-node-role", args,
                ComponentResourceOptions.builder().build()));

        // THEN EC2 may assume it
        assertThat(result.errors()).isEmpty();
        var role = result.single("aws:iam/role:Role");
        assertThat(role.require("name")).isEqualTo("dev-blue-eks-node");
        var trust = new ObjectMapper().readTree((String) role.require("assumeRolePolicy")).get("Statement").get(0);
        assertThat(trust.get("Principal").get("Service").asText()).isEqualTo("ec2.amazonaws.com");
        assertThat(role.require("tags.slipway:component")).isEqualTo("node-role");
        // AND exactly the worker node and registry read-only policies are attached: no CNI policy, no inline policy
        assertThat(result.ofType("aws:iam/rolePolicyAttachment:RolePolicyAttachment"))
                .extracting(r -> r.require("policyArn"))
                .containsExactlyInAnyOrder(
                        "arn:aws-cn:iam::aws:policy/AmazonEKSWorkerNodePolicy",
                        "arn:aws-cn:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly");
        assertThat(result.ofType("aws:iam/rolePolicy:RolePolicy")).isEmpty();
    }
}
