package io.slipway.offline;

import io.slipway.aws.AwsFoundation;
import io.slipway.cluster.FoundationExports;
import io.slipway.gcp.network.GcpNetwork;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a {@code pulumi:pulumi:StackReference} to a long-lived parent answers on the offline engine:
 * the foundation outputs the parent's program exports ({@link FoundationExports}), with values
 * shaped like the real ones (VPC and subnet ids, KMS and zone ARNs, GCP self links) and derived
 * from the parent's name, so a child's plan is deterministic.
 */
final class StackReferenceMockOutputs {
    static final String TYPE = "pulumi:pulumi:StackReference";

    private StackReferenceMockOutputs() {}

    /** The reference's state: its {@code name}, the parent's {@code outputs} and no secret outputs. */
    static Map<String, Object> state(MockWorld world, String qualifiedName) {
        String parent = qualifiedName.substring(qualifiedName.lastIndexOf('/') + 1);
        var outputs = world.gcpProject().isEmpty() ? aws(world, parent) : gcp(world, parent);
        return Map.of("name", qualifiedName, "outputs", outputs, "secretOutputNames", List.of());
    }

    private static Map<String, Object> aws(MockWorld world, String parent) {
        String zoneId = "Z" + MockWorld.hex(13, "zone", parent).toUpperCase(java.util.Locale.ROOT);
        String bucket = AwsFoundation.backupsBucketName(parent, world.awsAccount(), world.region());
        var outputs = new TreeMap<String, Object>();
        outputs.put(FoundationExports.DNS_ZONE_ID, zoneId);
        outputs.put(FoundationExports.NAME_SERVERS, List.of("ns-1024.awsdns-10.org", "ns-1536.awsdns-21.co.uk",
                "ns-512.awsdns-32.com", "ns-0.awsdns-43.net"));
        outputs.put(FoundationExports.BACKUPS_BUCKET, bucket);
        outputs.put(FoundationExports.LOGS_BUCKET, AwsFoundation.logsBucketName(parent, world.awsAccount(), world.region()));
        outputs.put(FoundationExports.AWS_VPC_ID, "vpc-" + MockWorld.hex(17, "vpc", parent));
        outputs.put(FoundationExports.AWS_PRIVATE_SUBNET_IDS, List.of(
                "subnet-" + MockWorld.hex(17, "private", parent, "0"), "subnet-" + MockWorld.hex(17, "private", parent, "1")));
        outputs.put(FoundationExports.AWS_PUBLIC_SUBNET_IDS, List.of(
                "subnet-" + MockWorld.hex(17, "public", parent, "0"), "subnet-" + MockWorld.hex(17, "public", parent, "1")));
        outputs.put(FoundationExports.AWS_KMS_KEY_ARN, "arn:aws:kms:" + world.region() + ":" + world.awsAccount() + ":key/"
                + uuid(MockWorld.hex(32, "key", parent)));
        outputs.put(FoundationExports.AWS_HOSTED_ZONE_ARN, "arn:aws:route53:::hostedzone/" + zoneId);
        outputs.put(FoundationExports.AWS_BACKUPS_BUCKET_ARN, "arn:aws:s3:::" + bucket);
        return outputs;
    }

    private static Map<String, Object> gcp(MockWorld world, String parent) {
        String project = world.gcpProject();
        var outputs = new TreeMap<String, Object>();
        outputs.put(FoundationExports.DNS_ZONE_ID, parent + "-zone");
        outputs.put(FoundationExports.NAME_SERVERS, List.of("ns-cloud-a1.googledomains.com.", "ns-cloud-a2.googledomains.com.",
                "ns-cloud-a3.googledomains.com.", "ns-cloud-a4.googledomains.com."));
        outputs.put(FoundationExports.BACKUPS_BUCKET, project + "-" + parent + "-backups");
        outputs.put(FoundationExports.LOGS_BUCKET, project + "-" + parent + "-logs");
        outputs.put(FoundationExports.GCP_NETWORK, "projects/" + project + "/global/networks/" + parent);
        outputs.put(FoundationExports.GCP_SUBNETWORK, "projects/" + project + "/regions/" + world.region() + "/subnetworks/" + parent);
        outputs.put(FoundationExports.GCP_PODS_RANGE, GcpNetwork.PODS_RANGE);
        outputs.put(FoundationExports.GCP_SERVICES_RANGE, GcpNetwork.SERVICES_RANGE);
        outputs.put(FoundationExports.GCP_CLUSTER_SECRETS_KEY, "projects/" + project + "/locations/" + world.region()
                + "/keyRings/slipway-" + parent + "/cryptoKeys/gke-secrets");
        return outputs;
    }

    private static String uuid(String hex) {
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20)
                + "-" + hex.substring(20, 32);
    }
}
