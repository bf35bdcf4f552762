package io.slipway.aws.cluster;

import static io.slipway.aws.cluster.AwsClusterFixture.KMS_KEY_ARN;
import static io.slipway.aws.cluster.AwsClusterFixture.MOCKS;
import static io.slipway.aws.cluster.AwsClusterFixture.devWithPools;
import static io.slipway.aws.cluster.AwsClusterFixture.environment;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.aws.AwsCluster;
import io.slipway.aws.AwsClusterArgs;
import io.slipway.aws.cluster.AwsClusterFixture.FakeFoundation;
import io.slipway.aws.eks.AutoModeNodePools;
import io.slipway.cluster.ClusterHandle;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.offline.OfflineEngine;
import io.slipway.offline.OfflineResult;
import io.slipway.offline.RegisteredResource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** An EKS slot on Auto Mode ({@code aws.autoMode: true}): what the cluster, its roles and its pools register. */
class AutoModeClusterTest {
    static final String POOLS = """
            - {name: system, system: true, instanceTypes: [m6i.large], min: 1, max: 2,
               taints: [{key: CriticalAddonsOnly, value: "true", effect: NoSchedule}]}
            - {name: workers, capacity: spot, instanceTypes: [m6i.xlarge, m6a.xlarge, m5.xlarge], min: 0, max: 4,
               labels: {workload: general}, taints: [{key: batch, value: "true", effect: PreferNoSchedule}]}
            - {name: steady, instanceTypes: [m6i.large], min: 1, max: 3}
            """;

    private final AtomicReference<ClusterHandle> handle = new AtomicReference<>();

    static EnvironmentContext autoMode() {
        return environment(devWithPools(POOLS).replace("aws:\n", "aws:\n  autoMode: true\n"));
    }

    OfflineResult plan(EnvironmentContext environment) {
        return OfflineEngine.run("dev", MOCKS, ctx -> handle.set(new AwsCluster("dev-blue", new AwsClusterArgs(environment, "blue",
                environment.spec().slots().get("blue"), new FakeFoundation()), ComponentResourceOptions.builder().build()).handle()));
    }

    @Test
    void theClusterRunsComputeStorageAndLoadBalancingOnAutoModeWithItsSecureDefaults() {
        // GIVEN an AWS environment that opts into Auto Mode
        // WHEN its slot is registered
        var result = plan(autoMode());

        // THEN the cluster enables Auto Mode's three capabilities without any built-in pool (whose nodes
        // would carry no Slipway tag), and so without a node role, which EKS refuses without built-in pools
        assertThat(result.errors()).isEmpty();
        var cluster = result.single("aws:eks/cluster:Cluster");
        assertThat(cluster.require("computeConfig.enabled")).isEqualTo(true);
        assertThat(cluster.require("computeConfig.nodePools")).isEqualTo(List.of());
        assertThat(cluster.input("computeConfig.nodeRoleArn")).isEmpty();
        assertThat(cluster.require("storageConfig.blockStorage.enabled")).isEqualTo(true);
        assertThat(cluster.require("kubernetesNetworkConfig.elasticLoadBalancing.enabled")).isEqualTo(true);
        assertThat(cluster.require("bootstrapSelfManagedAddons")).isEqualTo(false);
        // AND the secure defaults stay: API mode, private endpoint, secrets under the environment key, every log type
        assertThat(cluster.require("accessConfig.authenticationMode")).isEqualTo("API");
        assertThat(cluster.require("vpcConfig.endpointPrivateAccess")).isEqualTo(true);
        assertThat(cluster.require("vpcConfig.endpointPublicAccess")).isEqualTo(false);
        assertThat(cluster.require("encryptionConfig.provider.keyArn")).isEqualTo(KMS_KEY_ARN);
        assertThat((List<?>) cluster.require("enabledClusterLogTypes")).hasSize(5);
    }

    @Test
    @SuppressWarnings("unchecked")
    void noNodeGroupManagedAddonOrLaunchTemplateIsBuiltAndAddonsWaitForTheNodePools() {
        // GIVEN / WHEN an Auto Mode slot is registered
        var result = plan(autoMode());

        // THEN EKS's own data plane replaces node groups, launch templates and managed add-ons (and their IRSA roles)
        assertThat(result.resources()).extracting(RegisteredResource::type).doesNotContain(
                "aws:eks/nodeGroup:NodeGroup", "aws:eks/addon:Addon", "aws:ec2/launchTemplate:LaunchTemplate",
                "aws:autoscaling/tag:Tag");
        assertThat(result.ofType("aws:iam/role:Role")).extracting(RegisteredResource::name)
                .containsExactlyInAnyOrder("dev-blue-cluster-role", "dev-blue-node-role");
        // AND every pool, the system pool too, is a NodeClass and a NodePool, which add-ons wait for through the handle
        // (named slipway-<pool>: Auto Mode's own system and general-purpose NodePools cannot be modified)
        assertThat(result.ofType("kubernetes:karpenter.sh/v1:NodePool")).extracting(r -> r.require("metadata.name"))
                .containsExactlyInAnyOrder("slipway-system", "slipway-workers", "slipway-steady");
        assertThat(result.ofType("kubernetes:eks.amazonaws.com/v1:NodeClass")).extracting(r -> r.require("metadata.name"))
                .containsExactlyInAnyOrder("slipway-system", "slipway-workers", "slipway-steady");
        var pools = result.single(AutoModeNodePools.TYPE);
        assertThat(handle.get().nodePools()).hasSize(1);
        assertThat(handle.get().readiness()).hasSize(4);
        assertThat(result.descendantsOf(pools)).extracting(RegisteredResource::type).containsExactlyInAnyOrder(
                "aws:eks/accessEntry:AccessEntry", "aws:eks/accessPolicyAssociation:AccessPolicyAssociation",
                "kubernetes:eks.amazonaws.com/v1:NodeClass", "kubernetes:eks.amazonaws.com/v1:NodeClass",
                "kubernetes:eks.amazonaws.com/v1:NodeClass", "kubernetes:karpenter.sh/v1:NodePool",
                "kubernetes:karpenter.sh/v1:NodePool", "kubernetes:karpenter.sh/v1:NodePool");
        // AND the default StorageClass provisions through Auto Mode's block storage, encrypted with the environment key
        var storageClass = result.single("kubernetes:storage.k8s.io/v1:StorageClass");
        assertThat(storageClass.require("provisioner")).isEqualTo("ebs.csi.eks.amazonaws.com");
        // AND tags its volumes with the slot's cost tags
        assertThat((Map<String, Object>) storageClass.require("parameters")).containsEntry("type", "gp3").containsEntry("encrypted", "true")
                .containsEntry("kmsKeyId", KMS_KEY_ARN).containsEntry("tagSpecification_2", "slipway:component=volume")
                .containsEntry("tagSpecification_3", "slipway:environment=dev").containsEntry("tagSpecification_4", "slipway:slot=blue");
        // AND NetworkPolicies are enforced (Auto Mode's controller is off until this ConfigMap), before any add-on
        var configMap = result.single("kubernetes:core/v1:ConfigMap");
        assertThat(configMap.require("metadata.name")).isEqualTo("amazon-vpc-cni");
        assertThat(configMap.require("metadata.namespace")).isEqualTo("kube-system");
        assertThat(configMap.require("data")).isEqualTo(Map.of("enable-network-policy-controller", "true"));
        assertThat(handle.get().clusterServices()).hasSize(2);
    }

    @Test
    void theRolesCarryAutoModesPoliciesAndNothingBroader() throws Exception {
        // GIVEN / WHEN an Auto Mode slot is registered
        var result = plan(autoMode());
        var json = new ObjectMapper();

        // THEN the control plane's role is trusted for sessions EKS tags, and has Auto Mode's four policies plus the cluster policy
        var clusterRole = result.named("aws:iam/role:Role", "dev-blue-cluster-role");
        var trust = json.readTree((String) clusterRole.require("assumeRolePolicy")).get("Statement").get(0);
        assertThat(trust.get("Action")).extracting(Object::toString).asString().contains("sts:AssumeRole").contains("sts:TagSession");
        assertThat(trust.get("Principal").get("Service").asText()).isEqualTo("eks.amazonaws.com");
        assertThat(attachedPolicies(result, "dev-blue-cluster-role")).containsExactlyInAnyOrder(
                "AmazonEKSClusterPolicy", "AmazonEKSComputePolicy", "AmazonEKSBlockStoragePolicy",
                "AmazonEKSLoadBalancingPolicy", "AmazonEKSNetworkingPolicy");
        // AND the nodes' role only the minimal worker policy and pull-only registry access
        assertThat(attachedPolicies(result, "dev-blue-node-role")).containsExactlyInAnyOrder(
                "AmazonEKSWorkerNodeMinimalPolicy", "AmazonEC2ContainerRegistryPullOnly");
        // AND the key may encrypt volumes too
        var kms = json.readTree((String) result.named("aws:iam/rolePolicy:RolePolicy", "dev-blue-cluster-role-secrets-kms").require("policy"));
        assertThat(kms.toString()).contains("kms:GenerateDataKey").contains(KMS_KEY_ARN).contains("kms:GrantIsForAWSResource");
        // AND the nodes, their volumes and interfaces, and the load balancers may carry the slot's tags,
        // each statement only for resources EKS creates for this cluster
        var statements = json.readTree((String) result.named("aws:iam/rolePolicy:RolePolicy", "dev-blue-cluster-role-custom-tags")
                .require("policy")).get("Statement");
        assertThat(statements).extracting(s -> s.get("Sid").asText()).containsExactly("TaggedNodesOfThisCluster",
                "TaggedVolumesOfThisCluster", "TaggedNetworkInterfacesOfThisCluster", "TaggedLoadBalancersOfThisCluster");
        for (var statement : statements) {
            assertThat(statement.get("Condition").get("StringEquals").get("aws:RequestTag/eks:eks-cluster-name").asText())
                    .as(statement.get("Sid").asText()).isEqualTo("dev-blue");
            assertThat(statement.get("Action").toString()).doesNotContain("*");
        }
        assertThat(statements.get(0).get("Action").toString()).contains("ec2:RunInstances").contains("ec2:CreateFleet");
        assertThat(statements.get(0).get("Condition").get("StringLike").toString())
                .contains("eks:kubernetes-node-class-name").contains("eks:kubernetes-node-pool-name");
        assertThat(statements.get(1).get("Resource").toString()).contains("arn:aws:ec2:*:*:volume/*").contains("arn:aws:ec2:*:*:snapshot/*");
        assertThat(statements.get(3).get("Action").toString()).contains("elasticloadbalancing:CreateLoadBalancer");
    }

    @Test
    void withoutTheOptionALongLivedEnvironmentKeepsManagedNodeGroups() {
        // GIVEN the same pools without aws.autoMode on a long-lived environment
        // WHEN it is registered
        var result = plan(environment(devWithPools(POOLS)));

        // THEN nothing of Auto Mode is registered
        var cluster = result.single("aws:eks/cluster:Cluster");
        assertThat(cluster.input("computeConfig")).isEmpty();
        assertThat(cluster.input("bootstrapSelfManagedAddons")).isEmpty();
        assertThat(result.ofType("aws:eks/nodeGroup:NodeGroup")).hasSize(3);
        assertThat(result.ofType("kubernetes:karpenter.sh/v1:NodePool")).isEmpty();
        assertThat(attachedPolicies(result, "dev-blue-cluster-role")).containsExactly("AmazonEKSClusterPolicy");
    }

    static List<String> attachedPolicies(OfflineResult result, String role) {
        return result.ofType("aws:iam/rolePolicyAttachment:RolePolicyAttachment").stream()
                .filter(r -> r.name().startsWith(role + "-"))
                .map(r -> r.require("policyArn").toString().replaceFirst("^arn:aws:iam::aws:policy/", ""))
                .toList();
    }
}
