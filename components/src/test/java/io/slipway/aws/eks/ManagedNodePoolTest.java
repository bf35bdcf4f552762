package io.slipway.aws.eks;

import static io.slipway.aws.cluster.AwsClusterFixture.KMS_KEY_ARN;
import static io.slipway.aws.cluster.AwsClusterFixture.MOCKS;
import static io.slipway.aws.cluster.AwsClusterFixture.PRIVATE_SUBNETS;
import static io.slipway.aws.cluster.AwsClusterFixture.devWithPools;
import static io.slipway.aws.cluster.AwsClusterFixture.environment;
import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.aws.cluster.AwsClusterFixture.FakeFoundation;
import io.slipway.aws.iam.NodeRole;
import io.slipway.aws.iam.NodeRoleArgs;
import io.slipway.offline.OfflineEngine;
import io.slipway.offline.OfflineResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManagedNodePoolTest {
    private static final String NODE_GROUP = "aws:eks/nodeGroup:NodeGroup";
    private static final String LAUNCH_TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";
    private static final String SPOT_POOL = """
            - name: workers
              capacity: spot
              instanceTypes: [m6i.xlarge, m6a.xlarge, m5.xlarge]
              min: 0
              max: 10
              desired: 2
              diskSizeGb: 80
              labels: {workload: general}
              taints: [{key: spot, value: "true", effect: PreferNoSchedule}]
            """;

    private static OfflineResult plan(String poolsYaml) {
        // Every valid slot has a system pool; the pool under test comes after it.
        var environment = environment(devWithPools("- {name: system, system: true, instanceTypes: [m6i.large], min: 1, max: 3}\n"
                + poolsYaml.strip()));
        var pools = environment.spec().slots().get("blue").nodePools();
        var pool = pools.get(pools.size() - 1);
        return OfflineEngine.run("dev", MOCKS, ctx -> {
            var foundation = new FakeFoundation();
            var nodeRole = new NodeRole("dev-blue-node-role", new NodeRoleArgs(environment, "blue", Output.of("aws")),
                    ComponentResourceOptions.builder().build());
            new ManagedNodePool("dev-blue-" + pool.name(), new ManagedNodePoolArgs(environment, "blue", pool,
                    Output.of("dev-blue"), foundation, nodeRole, null, null), ComponentResourceOptions.builder().build());
        });
    }

    @Test
    void spotPoolIsAManagedNodeGroupWithDiversifiedTypesLabelsTaintsAndRollingUpdates() {
        // GIVEN a spot pool of three similar x86 types, scaling 0..10, with a label and a taint
        // WHEN it is registered
        var result = plan(SPOT_POOL);

        // THEN the node group buys spot capacity of exactly those types on the x86 AL2023 AMI
        assertThat(result.errors()).isEmpty();
        var group = result.single(NODE_GROUP);
        assertThat(group.require("nodeGroupName")).isEqualTo("dev-blue-workers");
        assertThat(group.require("clusterName")).isEqualTo("dev-blue");
        assertThat(group.require("capacityType")).isEqualTo("SPOT");
        assertThat(group.require("instanceTypes")).isEqualTo(List.of("m6i.xlarge", "m6a.xlarge", "m5.xlarge"));
        assertThat(group.require("amiType")).isEqualTo("AL2023_x86_64_STANDARD");
        // AND scales as the spec says, replacing a third of the nodes at a time on updates
        assertThat(group.require("scalingConfig")).isEqualTo(Map.of("minSize", 0L, "maxSize", 10L, "desiredSize", 2L));
        assertThat(group.require("updateConfig.maxUnavailablePercentage")).isEqualTo(33L);
        // AND the nodes carry the spec's labels and taints, effects spelled as EKS spells them
        assertThat(group.require("labels")).isEqualTo(Map.of("workload", "general"));
        assertThat(group.require("taints")).isEqualTo(List.of(Map.of("key", "spot", "value", "true", "effect", "PREFER_NO_SCHEDULE")));
        // AND the nodes run in the private subnets with the node role
        assertThat(group.require("subnetIds")).isEqualTo(PRIVATE_SUBNETS);
        assertThat(group.require("nodeRoleArn")).isEqualTo("arn:aws:iam::123456789012:role/dev-blue-eks-node");
        assertThat(group.require("launchTemplate.version")).isEqualTo("1");
        assertThat((String) group.require("launchTemplate.id")).startsWith("lt-");
    }

    @Test
    void nodeGroupCarriesCostAndAutoscalerDiscoveryTags() {
        // GIVEN / WHEN the spot pool is registered
        var group = plan(SPOT_POOL).single(NODE_GROUP);

        // THEN cluster-autoscaler discovers it, and knows its labels and taints while it has no node
        assertThat(group.require("tags")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("k8s.io/cluster-autoscaler/enabled", "true")
                .containsEntry("k8s.io/cluster-autoscaler/dev-blue", "owned")
                .containsEntry("k8s.io/cluster-autoscaler/node-template/label/workload", "general")
                .containsEntry("k8s.io/cluster-autoscaler/node-template/taint/spot", "true:PreferNoSchedule")
                .containsEntry("slipway:component", "node-pool")
                .containsEntry("slipway:pool", "workers")
                .containsEntry("team", "platform");
    }

    @Test
    void nodeTemplateTagsReachTheAutoScalingGroup() {
        // GIVEN / WHEN the spot pool is registered
        var result = plan(SPOT_POOL);

        // THEN each node-template tag is put on the group's ASG, where the autoscaler reads it
        var asgTags = result.ofType("aws:autoscaling/tag:Tag");
        assertThat(asgTags).extracting(t -> t.require("tag.key")).containsExactlyInAnyOrder(
                "k8s.io/cluster-autoscaler/node-template/label/workload",
                "k8s.io/cluster-autoscaler/node-template/taint/spot");
        assertThat(asgTags).allSatisfy(t -> {
            assertThat((String) t.require("autoscalingGroupName")).startsWith("eks-dev-blue-workers-");
            assertThat(t.require("tag.propagateAtLaunch")).isEqualTo(false);
        });
    }

    @Test
    void launchTemplateRequiresImdsV2AndEncryptsTheRootVolumeWithTheEnvironmentKey() {
        // GIVEN / WHEN the spot pool is registered
        var template = plan(SPOT_POOL).single(LAUNCH_TEMPLATE);

        // THEN instance metadata needs a session token and stays out of pods' reach (hop limit 1)
        assertThat(template.require("metadataOptions")).isEqualTo(Map.of(
                "httpEndpoint", "enabled", "httpTokens", "required", "httpPutResponseHopLimit", 1L));
        // AND the root volume is gp3 of the pool's size, encrypted with the environment key, deleted with the node
        assertThat(template.require("blockDeviceMappings.0.deviceName")).isEqualTo("/dev/xvda");
        assertThat(template.require("blockDeviceMappings.0.ebs")).isEqualTo(Map.of(
                "volumeSize", 80L, "volumeType", "gp3", "encrypted", "true", "kmsKeyId", KMS_KEY_ARN, "deleteOnTermination", "true"));
        // AND the node group, not the template, chooses instance types and the AMI
        assertThat(template.input("instanceType")).isEmpty();
        assertThat(template.input("imageId")).isEmpty();
    }

    @Test
    void costTagsPropagateToInstancesVolumesAndNetworkInterfaces() {
        // GIVEN / WHEN the spot pool is registered
        var template = plan(SPOT_POOL).single(LAUNCH_TEMPLATE);

        // THEN each of the three resource types a node creates gets the cost tags and the pool tag
        @SuppressWarnings("unchecked")
        var specifications = (List<Map<String, Object>>) template.require("tagSpecifications");
        assertThat(specifications).extracting(s -> s.get("resourceType")).containsExactly("instance", "volume", "network-interface");
        for (var specification : specifications) {
            assertThat(tagsOf(specification))
                    .containsEntry("slipway:environment", "dev")
                    .containsEntry("slipway:slot", "blue")
                    .containsEntry("slipway:component", "node-pool")
                    .containsEntry("slipway:pool", "workers")
                    .containsEntry("cost-center", "42");
        }
        assertThat(tagsOf(specifications.get(0))).containsEntry("Name", "dev-blue-workers");
    }

    @Test
    void gravitonOnDemandPoolUsesTheArmAmi() {
        // GIVEN an on-demand pool of Graviton types WHEN it is registered
        var group = plan("- {name: arm, instanceTypes: [m7g.large, c7g.large], min: 1, max: 2}").single(NODE_GROUP);

        // THEN it runs the arm64 AL2023 AMI on on-demand capacity, with desired defaulting to min
        assertThat(group.require("amiType")).isEqualTo("AL2023_ARM_64_STANDARD");
        assertThat(group.require("capacityType")).isEqualTo("ON_DEMAND");
        assertThat(group.require("scalingConfig.desiredSize")).isEqualTo(1L);
    }

    @Test
    void aPoolMixingArchitecturesIsRefused() {
        // GIVEN a pool of Graviton and x86 types WHEN it is registered
        var result = plan("- {name: mixed, instanceTypes: [m6g.large, m6i.large], min: 1, max: 2}");

        // THEN nothing of the pool is registered and the message names the pool and both groups
        assertThat(result.ofType(NODE_GROUP)).isEmpty();
        assertThat(result.errors()).anySatisfy(e -> assertThat(e)
                .contains("node pool 'mixed'").contains("[m6g.large]").contains("[m6i.large]"));
    }

    @Test
    void gravitonFamiliesAreRecognisedByTheirGenerationSuffix() {
        // GIVEN / WHEN / THEN Graviton families map to arm64, look-alikes (g5, c5n, m7i-flex) to x86_64
        assertThat(NodeAmiType.of("p", List.of("t4g.small", "m6gd.large", "c6gn.xlarge", "im4gn.large", "hpc7g.4xlarge")))
                .isEqualTo(NodeAmiType.ARM_64);
        assertThat(NodeAmiType.of("p", List.of("g5.xlarge", "c5n.large", "m7i-flex.large", "r7iz.large", "m5.large")))
                .isEqualTo(NodeAmiType.X86_64);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> tagsOf(Map<String, Object> tagSpecification) {
        return (Map<String, String>) tagSpecification.get("tags");
    }
}
