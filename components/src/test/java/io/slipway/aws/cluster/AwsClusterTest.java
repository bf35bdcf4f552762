package io.slipway.aws.cluster;

import static io.slipway.aws.cluster.AwsClusterFixture.DEV;
import static io.slipway.aws.cluster.AwsClusterFixture.MOCKS;
import static io.slipway.aws.cluster.AwsClusterFixture.allPolicyActions;
import static io.slipway.aws.cluster.AwsClusterFixture.devWithPools;
import static io.slipway.aws.cluster.AwsClusterFixture.environment;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.aws.AwsCluster;
import io.slipway.aws.AwsClusterArgs;
import io.slipway.aws.cluster.AwsClusterFixture.FakeFoundation;
import io.slipway.cluster.ClusterHandle;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.offline.OfflineEngine;
import io.slipway.offline.OfflineResult;
import io.slipway.offline.RegisteredResource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AwsClusterTest {
    private static final String TWO_POOLS = """
            - {name: system, system: true, instanceTypes: [m6i.large], min: 2, max: 3,
               taints: [{key: CriticalAddonsOnly, value: "true", effect: NoSchedule}]}
            - {name: workers, capacity: spot, instanceTypes: [m6i.xlarge, m6a.xlarge, m5.xlarge], min: 0, max: 10}
            """;
    private static final String ADMINS = "aws:\n  adminRoleArns: [\"arn:aws:iam::123456789012:role/platform-admin\", "
            + "\"arn:aws:iam::123456789012:role/ci-deployer\"]\n";

    private final AtomicReference<ClusterHandle> handle = new AtomicReference<>();
    private final List<String> identity = new ArrayList<>();

    private OfflineResult plan(EnvironmentContext environment) {
        return OfflineEngine.run("dev", MOCKS, ctx -> {
            var cluster = new AwsCluster("dev-blue", new AwsClusterArgs(environment, "blue",
                    environment.spec().slots().get("blue"), new FakeFoundation()), ComponentResourceOptions.builder().build());
            handle.set(cluster.handle());
            var aws = cluster.handle().aws().orElseThrow();
            Output.all(aws.oidcProviderArn(), aws.oidcIssuerHost(), aws.accountId(), aws.partition(),
                    aws.hostedZoneArn(), aws.backupsBucketArn()).applyValue(values -> identity.addAll(values));
        });
    }

    private static EnvironmentContext twoPoolsWithAdmins() {
        return environment(devWithPools(TWO_POOLS).replaceAll("(?s)aws:\n  adminRoleArns: \\[[^]]*]\n", ADMINS));
    }

    @Test
    void slotIsOneClusterWithAPoolPerSpecPoolUnderTheSlotComponent() {
        // GIVEN a slot with a system pool and a spot pool, and two admin roles
        // WHEN the slot is registered
        var result = plan(twoPoolsWithAdmins());

        // THEN everything hangs under the slipway:aws:Cluster component
        assertThat(result.errors()).isEmpty();
        var slot = result.single(AwsCluster.TYPE);
        var descendants = result.descendantsOf(slot);
        assertThat(descendants).extracting(RegisteredResource::type).contains(
                "aws:eks/cluster:Cluster", "aws:iam/openIdConnectProvider:OpenIdConnectProvider",
                "aws:eks/accessEntry:AccessEntry", "aws:eks/addon:Addon", "aws:eks/nodeGroup:NodeGroup",
                "pulumi:providers:kubernetes");
        assertThat(result.single("aws:eks/cluster:Cluster").require("name")).isEqualTo("dev-blue");
        assertThat(result.ofType("aws:eks/nodeGroup:NodeGroup")).extracting(r -> r.require("nodeGroupName"))
                .containsExactlyInAnyOrder("dev-blue-system", "dev-blue-workers");
        assertThat(result.ofType("aws:eks/accessEntry:AccessEntry")).hasSize(2);
        assertThat(result.ofType("aws:eks/addon:Addon")).extracting(r -> r.require("addonName"))
                .containsExactlyInAnyOrder("vpc-cni", "kube-proxy", "coredns", "aws-ebs-csi-driver");
    }

    @Test
    void handleGivesAddonsTheClusterPoolsProviderAndIrsaIdentity() {
        // GIVEN / WHEN the slot is registered
        var result = plan(twoPoolsWithAdmins());

        // THEN the handle names the cluster and carries both pools and the slot's provider
        assertThat(result.errors()).isEmpty();
        var h = handle.get();
        assertThat(h.clusterName()).isEqualTo("dev-blue");
        assertThat(h.slot()).isEqualTo("blue");
        assertThat(h.nodePools()).hasSize(2);
        // AND add-ons wait for the cluster, both pools and the default StorageClass
        assertThat(h.clusterServices()).hasSize(1);
        assertThat(h.readiness()).hasSize(4);
        assertThat(h.kubernetes()).isNotNull();
        assertThat(h.gcp()).isEmpty();
        // AND the IRSA identity is the cluster's OIDC provider, the issuer without scheme, the account and the foundation ARNs
        String issuerHost = identity.get(1);
        assertThat(issuerHost).startsWith("oidc.eks.eu-west-1.amazonaws.com/id/").doesNotContain("https://");
        assertThat(identity).containsExactly(
                "arn:aws:iam::123456789012:oidc-provider/" + issuerHost, issuerHost, "123456789012", "aws",
                "arn:aws:route53:::hostedzone/Z0123", "arn:aws:s3:::dev-backups");
        assertThat(h.aws().orElseThrow().region()).isEqualTo("eu-west-1");
    }

    @Test
    void noRegisteredPolicyUsesAWildcardActionAndIrsaTrustsTheRightServiceAccounts() throws Exception {
        // GIVEN / WHEN the whole slot is registered
        var result = plan(twoPoolsWithAdmins());

        // THEN no trust, inline or resource policy of the slot names a '*' action
        var actions = allPolicyActions(result);
        assertThat(actions).isNotEmpty().noneMatch(action -> action.contains("*"));
        // AND the IRSA roles trust exactly aws-node and ebs-csi-controller-sa in kube-system
        var json = new ObjectMapper();
        var subjects = new ArrayList<String>();
        for (var role : result.ofType("aws:iam/role:Role")) {
            var statement = json.readTree((String) role.require("assumeRolePolicy")).get("Statement").get(0);
            if (statement.has("Condition")) {
                statement.get("Condition").get("StringEquals").fields().forEachRemaining(e -> {
                    if (e.getKey().endsWith(":sub")) {
                        subjects.add(e.getValue().asText());
                    }
                });
            }
        }
        assertThat(subjects).containsExactlyInAnyOrder(
                "system:serviceaccount:kube-system:aws-node", "system:serviceaccount:kube-system:ebs-csi-controller-sa");
    }

    @Test
    void creationOrderLetsNodesJoinAndAddonsSchedule() {
        // GIVEN / WHEN the slot is registered
        var result = plan(twoPoolsWithAdmins());

        // THEN node groups wait for vpc-cni (the node role has no CNI policy of its own)
        String vpcCni = result.named("aws:eks/addon:Addon", "dev-blue-node-network-vpc-cni").urn();
        for (var group : result.ofType("aws:eks/nodeGroup:NodeGroup")) {
            assertThat(group.dependencies()).contains(vpcCni);
        }
        // AND coredns waits for every node group, since it needs nodes to run on
        var coredns = result.named("aws:eks/addon:Addon", "dev-blue-core-addons-coredns");
        assertThat(coredns.dependencies()).containsAll(
                result.ofType("aws:eks/nodeGroup:NodeGroup").stream().map(RegisteredResource::urn).toList());
        // AND nothing reaches the Kubernetes API before the admin entries and coredns exist
        var provider = result.single("pulumi:providers:kubernetes");
        assertThat(provider.dependencies()).contains(coredns.urn());
        assertThat(provider.dependencies()).containsAll(
                result.ofType("aws:eks/accessPolicyAssociation:AccessPolicyAssociation").stream().map(RegisteredResource::urn).toList());
    }

    @Test
    void sameSpecGivesTheSameGraph() {
        // GIVEN the dev spec WHEN the slot is registered twice THEN the recorded graphs are equal
        var first = plan(environment(DEV));
        var second = plan(environment(DEV));
        assertThat(first.errors()).isEmpty();
        assertThat(second.resources()).isEqualTo(first.resources());
    }
}
