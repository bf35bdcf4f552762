package io.slipway.addons.backups;

import com.pulumi.core.Output;
import com.pulumi.gcp.serviceaccount.IAMMember;
import com.pulumi.gcp.serviceaccount.IAMMemberArgs;
import com.pulumi.gcp.storage.BucketIAMMember;
import com.pulumi.gcp.storage.BucketIAMMemberArgs;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.addons.gcp.GcpWorkloadIdentity;
import io.slipway.addons.gcp.GcpWorkloadIdentityArgs;
import io.slipway.aws.iam.IrsaRole;
import io.slipway.aws.iam.IrsaRoleArgs;
import io.slipway.aws.iam.PolicyDocument;
import io.slipway.aws.iam.PolicyStatement;
import io.slipway.cluster.ClusterHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Velero's cloud identity: objects of the backups bucket only, and (with volume snapshots on)
 * the snapshot calls of the provider, scoped as far as each cloud's IAM allows.
 */
final class VeleroIdentity {
    /** GCP permissions exist per project only for disks and snapshots (velero-plugin-for-gcp's list). */
    static final List<String> GCP_SNAPSHOT_PERMISSIONS = List.of(
            "compute.disks.create", "compute.disks.createSnapshot", "compute.disks.get", "compute.projects.get",
            "compute.snapshots.create", "compute.snapshots.delete", "compute.snapshots.get",
            "compute.snapshots.useReadOnly", "compute.zones.get");

    private VeleroIdentity() {}

    /** An IRSA role for the Velero server; returns its ARN. */
    static Output<String> aws(String name, ClusterHandle cluster, boolean snapshots, Resource parent) {
        var role = new IrsaRole(name, new IrsaRoleArgs(cluster.environment(), cluster.slot(), "velero", cluster.aws().orElseThrow(),
                Velero.NAMESPACE, Velero.SERVICE_ACCOUNT, Optional.of(awsPolicy(cluster, snapshots)), List.of()),
                ComponentResourceOptions.builder().parent(parent).build());
        return role.roleArn();
    }

    static Output<String> awsPolicy(ClusterHandle cluster, boolean snapshots) {
        var identity = cluster.aws().orElseThrow();
        Output<String> bucket = identity.backupsBucketArn();
        Output<String> account = Output.tuple(identity.partition(), identity.accountId()).applyValue(t ->
                "arn:" + t.t1 + ":ec2:" + identity.region() + ":" + t.t2);
        Output<String> snapshotArns = identity.partition().applyValue(p -> "arn:" + p + ":ec2:" + identity.region() + "::snapshot/*");
        Output<String> volumeArns = account.applyValue(a -> a + ":volume/*");
        var statements = new ArrayList<PolicyStatement>();
        statements.add(PolicyStatement.allow("BackupObjects", "s3:AbortMultipartUpload", "s3:DeleteObject", "s3:GetObject",
                        "s3:ListMultipartUploadParts", "s3:PutObject")
                .resources(bucket.applyValue(arn -> arn + "/*")));
        statements.add(PolicyStatement.allow("ListBackupBucket", "s3:ListBucket").resources(bucket));
        // The bucket may be encrypted with the environment's KMS key: allow it only through S3, for this bucket.
        statements.add(PolicyStatement.allow("BackupBucketEncryption", "kms:Decrypt", "kms:GenerateDataKey")
                .resources(Output.tuple(identity.partition(), identity.accountId()).applyValue(t ->
                        "arn:" + t.t1 + ":kms:" + identity.region() + ":" + t.t2 + ":key/*"))
                .condition("StringEquals", "kms:ViaService", "s3." + identity.region() + ".amazonaws.com")
                .condition("StringLike", Output.of("kms:EncryptionContext:aws:s3:arn"),
                        List.of(bucket, bucket.applyValue(arn -> arn + "/*"))));
        if (snapshots) {
            statements.add(PolicyStatement.allow("DescribeVolumesAndSnapshots", "ec2:DescribeSnapshots", "ec2:DescribeVolumes")
                    .resources("*"));
            statements.add(PolicyStatement.allow("SnapshotAndRestoreVolumes", "ec2:CreateSnapshot", "ec2:CreateVolume")
                    .resources(volumeArns, snapshotArns));
            statements.add(PolicyStatement.allow("TagOnCreate", "ec2:CreateTags")
                    .resources(volumeArns, snapshotArns)
                    .condition("StringEquals", "ec2:CreateAction", "CreateSnapshot", "CreateVolume"));
            // Velero tags its snapshots with the backup they belong to; it may delete only those.
            statements.add(PolicyStatement.allow("DeleteVeleroSnapshots", "ec2:DeleteSnapshot")
                    .resources(snapshotArns)
                    .condition("Null", "aws:ResourceTag/velero.io/backup", "false"));
        }
        return PolicyDocument.of(statements);
    }

    /** A Workload Identity account with object access to the backups bucket; returns its e-mail. */
    static Output<String> gcp(String name, ClusterHandle cluster, boolean snapshots, Resource parent) {
        var identity = new GcpWorkloadIdentity(name, new GcpWorkloadIdentityArgs(cluster, "velero", Velero.NAMESPACE,
                Velero.SERVICE_ACCOUNT, snapshots ? GCP_SNAPSHOT_PERMISSIONS : List.of()),
                ComponentResourceOptions.builder().parent(parent).build());
        var opts = CustomResourceOptions.builder().parent(parent).build();
        new BucketIAMMember(name + "-backups-bucket", BucketIAMMemberArgs.builder()
                .bucket(cluster.foundation().backupsBucket())
                .role("roles/storage.objectAdmin")
                .member(identity.member())
                .build(), opts);
        // Velero signs download URLs for `velero backup logs` with its own account, and nothing else.
        new IAMMember(name + "-sign-blob", IAMMemberArgs.builder()
                .serviceAccountId(identity.accountName())
                .role("roles/iam.serviceAccountTokenCreator")
                .member(identity.member())
                .build(), opts);
        return identity.email();
    }
}
