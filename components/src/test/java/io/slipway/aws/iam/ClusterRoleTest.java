package io.slipway.aws.iam;

import static io.slipway.aws.cluster.AwsClusterFixture.DEV;
import static io.slipway.aws.cluster.AwsClusterFixture.KMS_KEY_ARN;
import static io.slipway.aws.cluster.AwsClusterFixture.MOCKS;
import static io.slipway.aws.cluster.AwsClusterFixture.environment;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.offline.OfflineEngine;
import org.junit.jupiter.api.Test;

class ClusterRoleTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void controlPlaneRoleTrustsEksAndMayUseOnlyTheEnvironmentKey() throws Exception {
        // GIVEN the cluster role of dev/blue
        var args = new ClusterRoleArgs(environment(DEV), "blue", Output.of("aws"), Output.of(KMS_KEY_ARN));

        // WHEN it is registered
        var result = OfflineEngine.run("dev", MOCKS, ctx -> new ClusterRole("dev-blue-cluster-role", args,
                ComponentResourceOptions.builder().build()));

        // THEN the role is named after the cluster, trusts only the EKS service and carries the cost tags
        assertThat(result.errors()).isEmpty();
        var role = result.single("aws:iam/role:Role");
        assertThat(role.require("name")).isEqualTo("dev-blue-eks-cluster");
        JsonNode trust = JSON.readTree((String) role.require("assumeRolePolicy")).get("Statement");
        assertThat(trust).hasSize(1);
        assertThat(trust.get(0).get("Action").asText()).isEqualTo("sts:AssumeRole");
        assertThat(trust.get(0).get("Principal").get("Service").asText()).isEqualTo("eks.amazonaws.com");
        assertThat(role.require("tags.slipway:component")).isEqualTo("cluster-role");
        assertThat(role.require("tags.team")).isEqualTo("platform");
        // AND exactly the EKS cluster policy is attached
        assertThat(result.ofType("aws:iam/rolePolicyAttachment:RolePolicyAttachment"))
                .extracting(r -> r.require("policyArn"))
                .containsExactly("arn:aws:iam::aws:policy/AmazonEKSClusterPolicy");
        // AND the inline policy allows the four KMS actions on the environment key only
        JsonNode statements = JSON.readTree((String) result.single("aws:iam/rolePolicy:RolePolicy").require("policy")).get("Statement");
        assertThat(statements).allSatisfy(s -> assertThat(s.get("Resource").asText()).isEqualTo(KMS_KEY_ARN));
        assertThat(statements.get(0).get("Action")).extracting(JsonNode::asText)
                .containsExactly("kms:Encrypt", "kms:Decrypt", "kms:DescribeKey");
        assertThat(statements.get(1).get("Action").asText()).isEqualTo("kms:CreateGrant");
        assertThat(statements.get(1).get("Condition").get("Bool").get("kms:GrantIsForAWSResource").asText()).isEqualTo("true");
    }
}
