package io.slipway.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.cluster.EnvironmentContext;
import io.slipway.model.Cloud;
import io.slipway.offline.RegisteredResource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every environment of the project plans with the real program without errors, and every cloud
 * resource it registers carries the environment's cost tag (AWS {@code slipway:environment}) or
 * label (GCP {@code slipway-environment}) wherever its type can hold one.
 */
class EveryEnvironmentCostTagsTest {
    /**
     * Cloud resource types whose provider schema has no tags or labels at all, each with why that is
     * fine for cost attribution. The test checks against the SDK that each really has none, so a
     * taggable type cannot hide here.
     */
    private static final Map<String, String> UNTAGGABLE = Map.ofEntries(
            Map.entry("aws:autoscaling/tag:Tag", "is itself a tag on the node group's Auto Scaling group"),
            Map.entry("aws:ec2/route:Route", "a route table entry, no cost of its own"),
            Map.entry("aws:ec2/routeTableAssociation:RouteTableAssociation", "an association, no cost of its own"),
            Map.entry("aws:eks/accessPolicyAssociation:AccessPolicyAssociation", "an association, no cost of its own"),
            Map.entry("aws:iam/rolePolicy:RolePolicy", "IAM policies cost nothing; their role is tagged"),
            Map.entry("aws:iam/rolePolicyAttachment:RolePolicyAttachment", "an attachment; the role is tagged"),
            Map.entry("aws:kms/alias:Alias", "a name for the key, which is tagged"),
            Map.entry("aws:route53/record:Record", "billed with its hosted zone, which is tagged"),
            Map.entry("aws:route53/keySigningKey:KeySigningKey", "part of its hosted zone's signing; its KMS key is tagged"),
            Map.entry("aws:route53/hostedZoneDnsSec:HostedZoneDnsSec", "a zone setting; the zone is tagged"),
            Map.entry("aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2", "bucket setting; the bucket is tagged"),
            Map.entry("aws:s3/bucketOwnershipControls:BucketOwnershipControls", "bucket setting; the bucket is tagged"),
            Map.entry("aws:s3/bucketPolicy:BucketPolicy", "bucket setting; the bucket is tagged"),
            Map.entry("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "bucket setting; the bucket is tagged"),
            Map.entry("aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
                    "bucket setting; the bucket is tagged"),
            Map.entry("aws:s3/bucketVersioningV2:BucketVersioningV2", "bucket setting; the bucket is tagged"),
            Map.entry("aws:s3/bucketObjectLockConfigurationV2:BucketObjectLockConfigurationV2", "bucket setting; the bucket is tagged"),
            Map.entry("aws:s3/bucketLoggingV2:BucketLoggingV2", "bucket setting; the bucket is tagged"),
            Map.entry("gcp:logging/projectBucketConfig:ProjectBucketConfig", "log buckets take no labels; billed as log ingestion"),
            Map.entry("gcp:logging/projectSink:ProjectSink", "a route, no cost of its own"),
            Map.entry("gcp:compute/network:Network", "VPC networks take no labels in the GCP API; free of charge"),
            Map.entry("gcp:compute/subnetwork:Subnetwork", "subnetworks take no labels in the GCP API; free of charge"),
            Map.entry("gcp:compute/router:Router", "Cloud Routers take no labels in the GCP API"),
            Map.entry("gcp:compute/routerNat:RouterNat", "part of its router; Cloud NAT takes no labels"),
            Map.entry("gcp:dns/recordSet:RecordSet", "billed with its managed zone, which is labelled"),
            Map.entry("gcp:dns/dnsManagedZoneIamMember:DnsManagedZoneIamMember", "an IAM binding, no cost"),
            Map.entry("gcp:kms/keyRing:KeyRing", "key rings take no labels and cost nothing; their keys are labelled"),
            Map.entry("gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember", "an IAM binding, no cost"),
            Map.entry("gcp:projects/iAMCustomRole:IAMCustomRole", "IAM roles take no labels and cost nothing"),
            Map.entry("gcp:projects/iAMMember:IAMMember", "an IAM binding, no cost"),
            Map.entry("gcp:serviceaccount/account:Account", "service accounts take no labels and cost nothing"),
            Map.entry("gcp:serviceaccount/iAMMember:IAMMember", "an IAM binding, no cost"),
            Map.entry("gcp:storage/bucketIAMMember:BucketIAMMember", "an IAM binding, no cost"));

    /** Inputs that hold cost tags or labels; {@code labels} of EKS node groups are Kubernetes node labels instead. */
    private static final List<String> TAG_INPUTS = List.of("tags", "tagsAll", "labels", "resourceLabels", "nodeConfig.resourceLabels");

    static Stream<String> stacks() {
        return Fixtures.projectStacks().stream();
    }

    /** Every map of cost tags or labels a resource registered, by the input path it sits at. */
    private static Map<String, Map<?, ?>> costTagMaps(RegisteredResource r) {
        var maps = new java.util.TreeMap<String, Map<?, ?>>();
        for (String path : TAG_INPUTS) {
            if (path.equals("labels") && r.type().equals("aws:eks/nodeGroup:NodeGroup")) {
                continue;
            }
            r.input(path).ifPresent(value -> maps.put(path, (Map<?, ?>) value));
        }
        // Launch templates tag what they launch (instances, volumes, network interfaces) per resource type.
        r.input("tagSpecifications").ifPresent(specs -> {
            var list = (List<?>) specs;
            for (int i = 0; i < list.size(); i++) {
                maps.put("tagSpecifications." + i + ".tags", (Map<?, ?>) r.require("tagSpecifications." + i + ".tags"));
            }
        });
        return maps;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void everyCloudResourceCarriesTheEnvironmentCostTag(String stack) {
        // GIVEN a project environment, validated with every rule
        var spec = Fixtures.projectSpec(stack);

        // WHEN it is planned with the real program
        var result = Fixtures.runPlatform(stack, spec);

        // THEN the program reports no errors and registers at least one cluster slot
        assertThat(result.errors()).isEmpty();
        assertThat(result.ofType(ClusterSlot.TYPE)).isNotEmpty();
        String provider = spec.cloud() == Cloud.AWS ? "aws:" : "gcp:";
        String key = spec.cloud() == Cloud.AWS ? EnvironmentContext.TAG_ENVIRONMENT : "slipway-environment";
        var cloudResources = result.resources().stream().filter(r -> r.type().startsWith(provider) && !r.read()).toList();
        assertThat(cloudResources).isNotEmpty();
        var missing = new ArrayList<String>();
        for (var resource : cloudResources) {
            var maps = costTagMaps(resource);
            if (maps.isEmpty() && !UNTAGGABLE.containsKey(resource.type())) {
                missing.add(resource.type() + " " + resource.name() + ": no tags or labels");
            }
            // AND every tag or label map it has holds the environment key with the environment's name
            maps.forEach((path, map) -> {
                if (!stack.equals(map.get(key))) {
                    missing.add(resource.type() + " " + resource.name() + ": " + path + " lacks " + key + "=" + stack + " " + map);
                }
            });
        }
        assertThat(missing).isEmpty();
        // AND no cloud resource of another cloud slipped in (a GCP environment registers nothing on AWS and vice versa)
        String other = spec.cloud() == Cloud.AWS ? "gcp:" : "aws:";
        assertThat(result.resources()).noneMatch(r -> r.type().startsWith(other));
    }

    static Stream<String> untaggableTypes() {
        return UNTAGGABLE.keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("untaggableTypes")
    void theExemptTypesReallyTakeNoTagsOrLabels(String type) throws ClassNotFoundException {
        // GIVEN an exempt type token such as aws:ec2/route:Route, and its SDK args class (com.pulumi.aws.ec2.RouteArgs)
        String[] parts = type.split(":");
        String module = parts[1].split("/")[0].replace(".", "");
        var args = Class.forName("com.pulumi." + parts[0] + "." + module + "." + parts[2] + "Args");

        // WHEN its properties are listed THEN none of them is a tag or label map
        assertThat(Arrays.stream(args.getMethods()).map(m -> m.getName()))
                .as(type + " (" + UNTAGGABLE.get(type) + ")")
                .doesNotContain("tags", "labels", "resourceLabels", "userLabels", "tagSpecifications");
    }
}
