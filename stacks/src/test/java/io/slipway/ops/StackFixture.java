package io.slipway.ops;

import io.slipway.ops.pulumi.DeployedResource;
import java.util.List;

/** A realistic deployed state of dev with one slot: protected foundation, network, cluster, add-ons. */
public final class StackFixture {
    public static final String PREFIX = "urn:pulumi:dev::slipway::";
    public static final String STACK = PREFIX + "pulumi:pulumi:Stack::slipway-dev";
    public static final String AWS_PROVIDER = PREFIX + "pulumi:providers:aws::default_6_83_0";
    public static final String FOUNDATION = PREFIX + "slipway:aws:Foundation::dev";
    public static final String ZONE = PREFIX + "slipway:aws:Foundation$aws:route53/zone:Zone::dev-zone";
    public static final String KMS_KEY = PREFIX + "slipway:aws:Foundation$aws:kms/key:Key::dev-key";
    public static final String BACKUPS_BUCKET = PREFIX + "slipway:aws:Foundation$aws:s3/bucketV2:BucketV2::dev-backups";
    public static final String VPC = PREFIX + "slipway:aws:Foundation$aws:ec2/vpc:Vpc::dev-vpc";
    public static final String SLOT = PREFIX + "slipway:platform:ClusterSlot::dev-blue";
    public static final String CLUSTER = PREFIX + "slipway:platform:ClusterSlot$aws:eks/cluster:Cluster::dev-blue";
    public static final String K8S_PROVIDER = PREFIX + "slipway:platform:ClusterSlot$pulumi:providers:kubernetes::dev-blue";
    public static final String INGRESS = PREFIX + "slipway:platform:ClusterSlot$kubernetes:helm.sh/v3:Release::dev-blue-ingress";
    public static final String MONITORING = PREFIX + "slipway:platform:ClusterSlot$kubernetes:helm.sh/v3:Release::dev-blue-monitoring";

    private StackFixture() {}

    public static List<DeployedResource> devWithBlue() {
        return List.of(
                new DeployedResource(STACK, "pulumi:pulumi:Stack", null, false, List.of()),
                new DeployedResource(AWS_PROVIDER, "pulumi:providers:aws", null, false, List.of()),
                new DeployedResource(FOUNDATION, "slipway:aws:Foundation", STACK, false, List.of()),
                new DeployedResource(ZONE, "aws:route53/zone:Zone", FOUNDATION, true, List.of(AWS_PROVIDER)),
                new DeployedResource(KMS_KEY, "aws:kms/key:Key", FOUNDATION, true, List.of(AWS_PROVIDER)),
                new DeployedResource(BACKUPS_BUCKET, "aws:s3/bucketV2:BucketV2", FOUNDATION, true, List.of(AWS_PROVIDER)),
                new DeployedResource(VPC, "aws:ec2/vpc:Vpc", FOUNDATION, false, List.of(AWS_PROVIDER)),
                new DeployedResource(SLOT, "slipway:platform:ClusterSlot", STACK, false, List.of()),
                new DeployedResource(CLUSTER, "aws:eks/cluster:Cluster", SLOT, false, List.of(VPC, KMS_KEY, AWS_PROVIDER)),
                new DeployedResource(K8S_PROVIDER, "pulumi:providers:kubernetes", SLOT, false, List.of(CLUSTER)),
                new DeployedResource(INGRESS, "kubernetes:helm.sh/v3:Release", SLOT, false, List.of(CLUSTER, K8S_PROVIDER)),
                new DeployedResource(MONITORING, "kubernetes:helm.sh/v3:Release", SLOT, false, List.of(CLUSTER, K8S_PROVIDER)));
    }
}
