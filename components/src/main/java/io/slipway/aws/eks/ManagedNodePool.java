package io.slipway.aws.eks;

import com.pulumi.aws.autoscaling.Tag;
import com.pulumi.aws.autoscaling.TagArgs;
import com.pulumi.aws.autoscaling.inputs.TagTagArgs;
import com.pulumi.aws.ec2.LaunchTemplate;
import com.pulumi.aws.ec2.LaunchTemplateArgs;
import com.pulumi.aws.ec2.inputs.LaunchTemplateBlockDeviceMappingArgs;
import com.pulumi.aws.ec2.inputs.LaunchTemplateBlockDeviceMappingEbsArgs;
import com.pulumi.aws.ec2.inputs.LaunchTemplateMetadataOptionsArgs;
import com.pulumi.aws.ec2.inputs.LaunchTemplateTagSpecificationArgs;
import com.pulumi.aws.eks.NodeGroup;
import com.pulumi.aws.eks.NodeGroupArgs;
import com.pulumi.aws.eks.inputs.NodeGroupLaunchTemplateArgs;
import com.pulumi.aws.eks.inputs.NodeGroupScalingConfigArgs;
import com.pulumi.aws.eks.inputs.NodeGroupTaintArgs;
import com.pulumi.aws.eks.inputs.NodeGroupUpdateConfigArgs;
import com.pulumi.aws.eks.outputs.NodeGroupResource;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.model.NodePoolSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One node pool as an EKS managed node group with its own launch template: IMDSv2 only with a hop
 * limit of 1 (pods cannot reach the node's credentials), an encrypted gp3 root volume on the
 * environment's KMS key, cost tags on instances, volumes and network interfaces, and the tags
 * cluster-autoscaler needs to discover the group and scale it from zero.
 */
public final class ManagedNodePool extends ComponentResource {
    public static final String TYPE = "slipway:aws:ManagedNodePool";
    public static final String POOL_TAG = "slipway:pool";
    static final String AUTOSCALER_PREFIX = "k8s.io/cluster-autoscaler/";
    static final String NODE_TEMPLATE_PREFIX = AUTOSCALER_PREFIX + "node-template/";

    private final Output<String> nodeGroupArn;

    public ManagedNodePool(String name, ManagedNodePoolArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var pool = args.pool();
        String amiType = NodeAmiType.of(pool.name(), pool.instanceTypes());
        var costTags = new TreeMap<>(args.environment().awsTags(args.slot(), "node-pool"));
        costTags.put(POOL_TAG, pool.name());
        var launchTemplate = launchTemplate(name, args, costTags);

        var templateTags = nodeTemplateTags(pool);
        var groupTags = new TreeMap<>(costTags);
        groupTags.put(AUTOSCALER_PREFIX + "enabled", "true");
        groupTags.put(AUTOSCALER_PREFIX + args.environment().clusterName(args.slot()), "owned");
        groupTags.putAll(templateTags);

        var nodeGroup = new NodeGroup(name, NodeGroupArgs.builder()
                .clusterName(args.clusterName())
                .nodeGroupName(args.nodeGroupName())
                .nodeRoleArn(args.nodeRole().roleArn())
                .subnetIds(args.foundation().privateSubnetIds())
                .amiType(amiType)
                .capacityType(pool.isSpot() ? "SPOT" : "ON_DEMAND")
                .instanceTypes(pool.instanceTypes())
                .scalingConfig(NodeGroupScalingConfigArgs.builder()
                        .minSize(pool.min()).maxSize(pool.max()).desiredSize(pool.desired()).build())
                .updateConfig(NodeGroupUpdateConfigArgs.builder()
                        .maxUnavailablePercentage(args.maxUnavailablePercentage()).build())
                .labels(pool.labels())
                .taints(pool.taints().stream().map(taint -> NodeGroupTaintArgs.builder()
                        .key(taint.key()).value(taint.value()).effect(taint.effect().eksName()).build()).toList())
                .launchTemplate(NodeGroupLaunchTemplateArgs.builder()
                        .id(launchTemplate.id())
                        .version(launchTemplate.latestVersion().applyValue(String::valueOf))
                        .build())
                .tags(groupTags)
                .build(), CustomResourceOptions.builder().parent(this).dependsOn(nodeGroupDependencies(args))
                // desiredSize is only the size at creation: cluster-autoscaler owns it afterwards,
                // and applying the spec again must not scale a busy pool back down.
                .ignoreChanges("scalingConfig.desiredSize")
                .build());
        tagAutoScalingGroup(name, nodeGroup, templateTags);
        this.nodeGroupArn = nodeGroup.arn();
        registerOutputs(Map.of("nodeGroupArn", nodeGroupArn));
    }

    private static List<Resource> nodeGroupDependencies(ManagedNodePoolArgs args) {
        var dependencies = new ArrayList<Resource>(args.dependsOn());
        dependencies.add(args.nodeRole());
        return dependencies;
    }

    public Output<String> nodeGroupArn() {
        return nodeGroupArn;
    }

    private LaunchTemplate launchTemplate(String name, ManagedNodePoolArgs args, Map<String, String> costTags) {
        var instanceTags = new TreeMap<>(costTags);
        instanceTags.put("Name", args.nodeGroupName());
        // No instance type and no AMI here: the node group sets the (spot-diversified) types and
        // picks the EKS-optimized AMI for its AMI type.
        return new LaunchTemplate(name, LaunchTemplateArgs.builder()
                .name(args.nodeGroupName())
                .description("Nodes of pool " + args.pool().name() + " in " + args.environment().clusterName(args.slot()))
                .updateDefaultVersion(true)
                .metadataOptions(LaunchTemplateMetadataOptionsArgs.builder()
                        .httpEndpoint("enabled")
                        .httpTokens("required")
                        .httpPutResponseHopLimit(1)
                        .build())
                .blockDeviceMappings(LaunchTemplateBlockDeviceMappingArgs.builder()
                        .deviceName("/dev/xvda")
                        .ebs(LaunchTemplateBlockDeviceMappingEbsArgs.builder()
                                .volumeSize(args.pool().diskSizeGb())
                                .volumeType("gp3")
                                .encrypted("true")
                                .kmsKeyId(args.foundation().kmsKeyArn())
                                .deleteOnTermination("true")
                                .build())
                        .build())
                .tagSpecifications(
                        tagSpecification("instance", instanceTags),
                        tagSpecification("volume", costTags),
                        tagSpecification("network-interface", costTags))
                .tags(costTags)
                .build(), CustomResourceOptions.builder().parent(this).build());
    }

    private static LaunchTemplateTagSpecificationArgs tagSpecification(String resourceType, Map<String, String> tags) {
        return LaunchTemplateTagSpecificationArgs.builder().resourceType(resourceType).tags(tags).build();
    }

    /**
     * What a node of the pool will carry, as cluster-autoscaler's node-template tags: with no node
     * running, these are all the autoscaler knows when deciding whether scaling the pool from zero
     * would let a pending pod schedule.
     */
    static Map<String, String> nodeTemplateTags(NodePoolSpec pool) {
        var tags = new TreeMap<String, String>();
        pool.labels().forEach((key, value) -> tags.put(NODE_TEMPLATE_PREFIX + "label/" + key, value));
        pool.taints().forEach(taint -> tags.put(NODE_TEMPLATE_PREFIX + "taint/" + taint.key(),
                taint.value() + ":" + taint.effect().kubernetesName()));
        return tags;
    }

    /**
     * EKS tags the node group's Auto Scaling group with the discovery tags itself, but does not copy
     * the node group's other tags there, and the autoscaler reads node templates from the ASG.
     */
    private void tagAutoScalingGroup(String name, NodeGroup nodeGroup, Map<String, String> templateTags) {
        var asgName = nodeGroup.resources().applyValue(resources -> resources.stream()
                .map(NodeGroupResource::autoscalingGroups).flatMap(List::stream)
                .map(group -> group.name().orElse(null)).filter(java.util.Objects::nonNull)
                .findFirst().orElseThrow(() -> new IllegalStateException("node group " + name + " reported no Auto Scaling group")));
        templateTags.forEach((key, value) -> new Tag(name + "-asg-" + key.substring(NODE_TEMPLATE_PREFIX.length()).replace('/', '-'),
                TagArgs.builder()
                        .autoscalingGroupName(asgName)
                        .tag(TagTagArgs.builder().key(key).value(value).propagateAtLaunch(false).build())
                        .build(), CustomResourceOptions.builder().parent(this).build()));
    }
}
