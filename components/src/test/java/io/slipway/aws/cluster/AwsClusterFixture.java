package io.slipway.aws.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.aws.AwsFoundationOutputs;
import io.slipway.aws.foundation.AwsTestEnvironments;
import io.slipway.cluster.AwsClusterIdentity;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.model.loading.EnvironmentLoader;
import io.slipway.offline.CloudMocks;
import io.slipway.offline.MockWorld;
import io.slipway.offline.OfflineResult;
import io.slipway.offline.RegisteredResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the EKS slot component tests share: an environment from inline YAML and a fake foundation. */
public final class AwsClusterFixture {
    public static final CloudMocks MOCKS = new CloudMocks(new MockWorld("eu-west-1", MockWorld.EXAMPLE_AWS_ACCOUNT, ""));
    public static final String ACCOUNT = MockWorld.EXAMPLE_AWS_ACCOUNT;
    public static final String KMS_KEY_ARN = "arn:aws:kms:eu-west-1:" + ACCOUNT + ":key/1234abcd-12ab-34cd-56ef-1234567890ab";
    public static final List<String> PRIVATE_SUBNETS = List.of("subnet-0a1", "subnet-0b2", "subnet-0c3");
    public static final String ISSUER_HOST = "oidc.eks.eu-west-1.amazonaws.com/id/ABC123";

    /** A dev environment with one on-demand system pool on Kubernetes 1.34, private API. */
    public static final String DEV = """
            cloud: aws
            tier: dev
            region: eu-west-1
            domain: dev.example.com
            tags: {team: platform, cost-center: "42"}
            slots:
              blue:
                kubernetesVersion: "1.34"
                weight: 100
                nodePools:
                  - {name: system, system: true, instanceTypes: [m6i.large], min: 1, max: 3}
            addons: {certManager: {acmeEmail: platform-team@example.com}}
            aws:
              adminRoleArns: ["arn:aws:iam::123456789012:role/platform-admin"]
            """;

    private AwsClusterFixture() {}

    public static EnvironmentContext environment(String yaml) {
        try {
            JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(yaml);
            return new EnvironmentContext("dev", new EnvironmentLoader().fromTree(tree, "test.yaml").spec());
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("test YAML does not parse", e);
        }
    }

    /** {@link #DEV} with its node pools replaced by the given YAML list items. */
    public static String devWithPools(String poolsYaml) {
        String pools = poolsYaml.strip().indent(6);
        return DEV.replace("      - {name: system, system: true, instanceTypes: [m6i.large], min: 1, max: 3}\n", pools);
    }

    public static AwsClusterIdentity identity() {
        return new AwsClusterIdentity(
                Output.of("arn:aws:iam::" + ACCOUNT + ":oidc-provider/" + ISSUER_HOST), Output.of(ISSUER_HOST),
                Output.of(ACCOUNT), Output.of("aws"), "eu-west-1",
                Output.of("arn:aws:route53:::hostedzone/Z0123"), Output.of("arn:aws:s3:::dev-backups"),
                Output.of(KMS_KEY_ARN), Output.of("vpc-0123456789abcdef0"));
    }

    /** A foundation of fixed values; create it inside the program, since its resource registers. */
    public static final class FakeFoundation extends ComponentResource implements AwsFoundationOutputs {
        public FakeFoundation() {
            super("slipway:test:FakeFoundation", "foundation", ComponentResourceOptions.builder().build());
            registerOutputs(Map.of());
        }

        @Override public Resource resource() { return this; }
        @Override public Resource network() { return this; }
        @Override public Output<String> dnsZoneId() { return Output.of("Z0123"); }
        @Override public Output<List<String>> nameServers() { return Output.of(List.of("ns-1.awsdns-01.org")); }
        @Override public Output<String> backupsBucket() { return Output.of("dev-backups"); }
        @Override public Output<String> logsBucket() { return Output.of("dev-logs"); }
        @Override public Output<String> vpcId() { return Output.of("vpc-0abc"); }
        @Override public Output<List<String>> privateSubnetIds() { return Output.of(PRIVATE_SUBNETS); }
        @Override public Output<List<String>> publicSubnetIds() { return Output.of(List.of("subnet-1a1", "subnet-1b2", "subnet-1c3")); }
        @Override public Output<String> kmsKeyArn() { return Output.of(KMS_KEY_ARN); }
        @Override public Output<String> hostedZoneArn() { return Output.of("arn:aws:route53:::hostedzone/Z0123"); }
        @Override public Output<String> backupsBucketArn() { return Output.of("arn:aws:s3:::dev-backups"); }
    }

    /** Every IAM action named by any policy document the program registered (trust, inline and resource policies). */
    public static List<String> allPolicyActions(OfflineResult result) throws Exception {
        var json = new ObjectMapper();
        var actions = new ArrayList<String>();
        for (RegisteredResource resource : result.resources()) {
            for (String key : List.of("policy", "assumeRolePolicy")) {
                if (resource.inputs().get(key) instanceof String document) {
                    actions.addAll(AwsTestEnvironments.actions(json.readTree(document)));
                }
            }
        }
        return actions;
    }
}
