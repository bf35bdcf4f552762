package io.slipway.platform;

import io.slipway.offline.RegisteredResource;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Where a registered cloud resource keeps its cost tags or labels, and which types have none; for the tag tests. */
public final class CloudTags {
    private CloudTags() {}

    /**
     * Cloud resource types whose provider schema has no tags or labels at all, each with why that is
     * fine for cost attribution. The test checks against the SDK that each really has none, so a
     * taggable type cannot hide here.
     */
    public static final Map<String, String> UNTAGGABLE = Map.ofEntries(
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
    static final List<String> TAG_INPUTS = List.of("tags", "tagsAll", "labels", "resourceLabels", "nodeConfig.resourceLabels");

    /** Every map of cost tags or labels a resource registered, by the input path it sits at. */
    public static Map<String, Map<?, ?>> costTagMaps(RegisteredResource r) {
        var maps = new TreeMap<String, Map<?, ?>>();
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
}
