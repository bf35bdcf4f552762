package io.slipway.aws.eks;

import static io.slipway.aws.cluster.AwsClusterFixture.DEV;
import static io.slipway.aws.cluster.AwsClusterFixture.KMS_KEY_ARN;
import static io.slipway.aws.cluster.AwsClusterFixture.MOCKS;
import static io.slipway.aws.cluster.AwsClusterFixture.PRIVATE_SUBNETS;
import static io.slipway.aws.cluster.AwsClusterFixture.environment;
import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.aws.cluster.AwsClusterFixture.FakeFoundation;
import io.slipway.aws.iam.ClusterRole;
import io.slipway.aws.iam.ClusterRoleArgs;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.offline.OfflineEngine;
import io.slipway.offline.OfflineResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class EksClusterTest {
    private static final String CLUSTER = "aws:eks/cluster:Cluster";

    private static OfflineResult plan(EnvironmentContext environment) {
        return OfflineEngine.run("dev", MOCKS, ctx -> {
            var foundation = new FakeFoundation();
            var role = new ClusterRole("dev-blue-cluster-role",
                    new ClusterRoleArgs(environment, "blue", Output.of("aws"), foundation.kmsKeyArn()),
                    ComponentResourceOptions.builder().build());
            var slotSpec = environment.spec().slots().get("blue");
            new EksCluster("dev-blue", new EksClusterArgs(environment, "blue", slotSpec, foundation, role, null),
                    ComponentResourceOptions.builder().build());
        });
    }

    @Test
    void defaultClusterIsPrivateEncryptedAuditedAndManagedByAccessEntries() {
        // GIVEN the dev environment without apiAccess settings
        // WHEN its blue cluster is registered
        var result = plan(environment(DEV));

        // THEN the cluster is named after the slot, runs the slot's version in the private subnets
        assertThat(result.errors()).isEmpty();
        var cluster = result.single(CLUSTER);
        assertThat(cluster.require("name")).isEqualTo("dev-blue");
        assertThat(cluster.require("version")).isEqualTo("1.34");
        assertThat(cluster.require("roleArn")).isEqualTo("arn:aws:iam::123456789012:role/dev-blue-eks-cluster");
        assertThat(cluster.require("vpcConfig.subnetIds")).isEqualTo(PRIVATE_SUBNETS);
        // AND the API is reachable only privately
        assertThat(cluster.require("vpcConfig.endpointPrivateAccess")).isEqualTo(true);
        assertThat(cluster.require("vpcConfig.endpointPublicAccess")).isEqualTo(false);
        assertThat(cluster.input("vpcConfig.publicAccessCidrs")).isEmpty();
        // AND every control-plane log type is on
        assertThat(cluster.require("enabledClusterLogTypes"))
                .isEqualTo(List.of("api", "audit", "authenticator", "controllerManager", "scheduler"));
        // AND secrets are envelope-encrypted with the environment key
        assertThat(cluster.require("encryptionConfig.resources")).isEqualTo(List.of("secrets"));
        assertThat(cluster.require("encryptionConfig.provider.keyArn")).isEqualTo(KMS_KEY_ARN);
        // AND access comes only from access entries, with no implicit creator admin
        assertThat(cluster.require("accessConfig.authenticationMode")).isEqualTo("API");
        assertThat(cluster.require("accessConfig.bootstrapClusterCreatorAdminPermissions")).isEqualTo(false);
        assertThat(cluster.require("tags.slipway:component")).isEqualTo("eks-cluster");
        assertThat(cluster.require("tags.slipway:slot")).isEqualTo("blue");
    }

    @Test
    void controlPlaneLogsGoToAnEncryptedLogGroupWithRetentionCreatedFirst() {
        // GIVEN / WHEN the dev cluster is registered
        var result = plan(environment(DEV));

        // THEN the log group EKS writes to exists with a retention and the environment key
        var logGroup = result.single("aws:cloudwatch/logGroup:LogGroup");
        assertThat(logGroup.require("name")).isEqualTo("/aws/eks/dev-blue/cluster");
        assertThat(logGroup.require("retentionInDays")).isEqualTo(30L);
        assertThat(logGroup.require("kmsKeyId")).isEqualTo(KMS_KEY_ARN);
        assertThat(logGroup.require("tags.slipway:environment")).isEqualTo("dev");
        // AND the cluster waits for it, so EKS never creates its own unbounded group
        assertThat(result.single(CLUSTER).dependencies()).contains(logGroup.urn());
    }

    @Test
    void publicEndpointIsLimitedToTheListedNetworks() {
        // GIVEN an environment that opens the API to two office networks
        var environment = environment(DEV + """
                apiAccess:
                  publicCidrs: [203.0.113.0/24, 198.51.100.7/32]
                """);

        // WHEN its cluster is registered
        var cluster = plan(environment).single(CLUSTER);

        // THEN the public endpoint is on for exactly those networks, and the private one stays on
        assertThat(cluster.require("vpcConfig.endpointPublicAccess")).isEqualTo(true);
        assertThat(cluster.require("vpcConfig.publicAccessCidrs")).isEqualTo(List.of("203.0.113.0/24", "198.51.100.7/32"));
        assertThat(cluster.require("vpcConfig.endpointPrivateAccess")).isEqualTo(true);
    }

    @Test
    void theInternetIsAllowedOnlyWhenTheEnvironmentSaysSo() {
        // GIVEN 0.0.0.0/0 without allowInternet, in a spec built in code: the loader refuses such a file
        // before any component runs (model tests), and the component refuses it again for callers
        // that build specs themselves
        var spec = environment(DEV).spec();
        var open = new io.slipway.cluster.EnvironmentContext("dev", new io.slipway.model.EnvironmentSpec(
                spec.cloud(), spec.tier(), spec.region(), spec.domain(), spec.network(),
                new io.slipway.model.network.ApiAccessSpec(List.of("0.0.0.0/0"), false), spec.tags(), spec.slots(),
                spec.dns(), spec.addons(), spec.aws(), spec.gcp(), spec.upgrade(), spec.teams(), null, null, spec.logs(), spec.waivers()));
        // WHEN the cluster is built THEN it is refused, naming both keys
        var refused = plan(open);
        assertThat(refused.errors()).anySatisfy(e -> assertThat(e)
                .contains("apiAccess.publicCidrs lists 0.0.0.0/0").contains("apiAccess.allowInternet"));
        assertThat(refused.ofType(CLUSTER)).isEmpty();

        // GIVEN the same with allowInternet: true WHEN the cluster is built THEN the internet is listed
        var allowed = plan(environment(DEV + "apiAccess: {publicCidrs: [0.0.0.0/0], allowInternet: true}\n"));
        assertThat(allowed.single(CLUSTER).require("vpcConfig.publicAccessCidrs")).isEqualTo(List.of("0.0.0.0/0"));
    }

    @Test
    void controlPlaneLogsAreKeptAYearInProdAndAsLongAsTheEnvironmentSays() {
        // GIVEN the dev cluster moved to the prod tier, and a dev cluster keeping its logs two years
        var prod = environment(DEV.replace("tier: dev", "tier: prod"));
        var twoYears = environment(DEV + "logs: {retentionDays: 731}\n");

        // WHEN each is registered
        // THEN prod keeps control-plane logs 365 days by default, the override 731
        assertThat(plan(prod).single("aws:cloudwatch/logGroup:LogGroup").require("retentionInDays")).isEqualTo(365L);
        assertThat(plan(twoYears).single("aws:cloudwatch/logGroup:LogGroup").require("retentionInDays")).isEqualTo(731L);
    }

    @Test
    void logRetentionMustBeOneCloudWatchAccepts() {
        // GIVEN a retention of 45 days, which CloudWatch does not offer
        var environment = environment(DEV);

        // WHEN the cluster's args are built
        var result = OfflineEngine.run("dev", MOCKS, ctx -> {
            var foundation = new FakeFoundation();
            var role = new ClusterRole("dev-blue-cluster-role",
                    new ClusterRoleArgs(environment, "blue", Output.of("aws"), foundation.kmsKeyArn()),
                    ComponentResourceOptions.builder().build());
            new EksClusterArgs(environment, "blue", environment.spec().slots().get("blue"), foundation, role, 45);
        });

        // THEN they are refused with the valid values listed
        assertThat(result.errors()).anySatisfy(e -> assertThat(e)
                .contains("log retention of 45 days").contains("30, 60, 90"));
    }
}
