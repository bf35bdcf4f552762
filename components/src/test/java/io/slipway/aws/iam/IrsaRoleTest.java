package io.slipway.aws.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.cluster.AwsClusterIdentity;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.model.loading.EnvironmentLoader;
import io.slipway.offline.CloudMocks;
import io.slipway.offline.MockWorld;
import io.slipway.offline.OfflineEngine;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IrsaRoleTest {
    private static final CloudMocks MOCKS = new CloudMocks(new MockWorld("eu-west-1", MockWorld.EXAMPLE_AWS_ACCOUNT, ""));
    private static final String ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/ABC123";

    static EnvironmentContext environment() throws Exception {
        var yaml = """
                cloud: aws
                tier: dev
                region: eu-west-1
                domain: dev.example.com
                tags: {team: platform}
                slots:
                  blue:
                    kubernetesVersion: "1.34"
                    weight: 100
                    nodePools: [{name: system, system: true, instanceTypes: [m6i.large], min: 1, max: 2}]
                addons: {certManager: {acmeEmail: platform-team@example.com}}
                aws: {}
                """;
        var tree = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(yaml);
        return new EnvironmentContext("dev", new EnvironmentLoader().fromTree(tree, "test.yaml").spec());
    }

    static AwsClusterIdentity identity() {
        return new AwsClusterIdentity(
                Output.of("arn:aws:iam::123456789012:oidc-provider/" + ISSUER), Output.of(ISSUER),
                Output.of("123456789012"), Output.of("aws"), "eu-west-1",
                Output.of("arn:aws:route53:::hostedzone/Z123"), Output.of("arn:aws:s3:::dev-backups"),
                Output.of("arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
                Output.of("vpc-0123456789abcdef0"));
    }

    @Test
    void trustPinsTheServiceAccountAndAudience() throws Exception {
        // GIVEN an IRSA role for velero/velero with an inline policy and a managed policy under a path
        var env = environment();
        var policy = PolicyDocument.of(PolicyStatement.allow("ReadBucket", "s3:GetObject").resources("arn:aws:s3:::dev-backups/*"));
        var args = new IrsaRoleArgs(env, "blue", "velero", identity(), "velero", "velero", Optional.of(policy),
                List.of("service-role/AmazonEBSCSIDriverPolicy"));

        // WHEN it is registered
        var result = OfflineEngine.run("dev", MOCKS, ctx -> new IrsaRole("dev-blue-velero", args, ComponentResourceOptions.builder().build()));

        // THEN the trust names the OIDC provider, the exact subject and the STS audience
        assertThat(result.errors()).isEmpty();
        var role = result.single("aws:iam/role:Role");
        JsonNode trust = new ObjectMapper().readTree((String) role.require("assumeRolePolicy"));
        var statement = trust.get("Statement").get(0);
        assertThat(statement.get("Action").asText()).isEqualTo("sts:AssumeRoleWithWebIdentity");
        assertThat(statement.get("Principal").get("Federated").asText()).endsWith("oidc-provider/" + ISSUER);
        var equals = statement.get("Condition").get("StringEquals");
        assertThat(equals.get(ISSUER + ":sub").asText()).isEqualTo("system:serviceaccount:velero:velero");
        assertThat(equals.get(ISSUER + ":aud").asText()).isEqualTo("sts.amazonaws.com");
        // AND the role carries the cost tags
        assertThat(role.require("tags.slipway:component")).isEqualTo("velero");
        assertThat(role.require("tags.slipway:slot")).isEqualTo("blue");
        assertThat(role.require("tags.team")).isEqualTo("platform");
        // AND the policies are attached with the partition-qualified managed ARN
        assertThat(result.single("aws:iam/rolePolicy:RolePolicy").require("policy")).asString().contains("s3:GetObject");
        assertThat(result.single("aws:iam/rolePolicyAttachment:RolePolicyAttachment").require("policyArn"))
                .isEqualTo("arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy");
    }

    @Test
    void wildcardActionsAreRefused() {
        // GIVEN / WHEN a statement with a wildcard action THEN it is refused with the action named
        assertThatThrownBy(() -> PolicyStatement.allow("All", "s3:*"))
                .hasMessageContaining("wildcard action 's3:*'");
        assertThatThrownBy(() -> PolicyStatement.allow("Describe", "ec2:Describe*"))
                .hasMessageContaining("ec2:Describe*");
    }

    @Test
    void aRoleThatGrantsNothingIsRefused() throws Exception {
        var args = new IrsaRoleArgs(environment(), "blue", "x", identity(), "ns", "sa", Optional.empty(), List.of());
        var result = OfflineEngine.run("dev", MOCKS, ctx -> new IrsaRole("nothing", args, ComponentResourceOptions.builder().build()));
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).contains("grants nothing"));
    }
}
