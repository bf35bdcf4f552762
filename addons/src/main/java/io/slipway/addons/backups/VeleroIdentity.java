package io.slipway.addons.backups;

import com.pulumi.core.Output;
import com.pulumi.gcp.projects.IAMCustomRole;
import com.pulumi.gcp.projects.IAMCustomRoleArgs;
import com.pulumi.gcp.projects.inputs.IAMMemberConditionArgs;
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
import io.slipway.aws.kms.KeyUse;
import io.slipway.cluster.ClusterHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Velero's cloud identity: objects of the backups bucket only, and (with volume snapshots on)
 * the snapshot calls of the provider, scoped as far as each cloud's IAM allows.
 */
final class VeleroIdentity {
    /**
     * GCP permissions exist per project only for disks and snapshots (velero-plugin-for-gcp's list),
     * granted unconditionally; deleting snapshots is granted apart, only on Velero's own.
     */
    static final List<String> GCP_SNAPSHOT_PERMISSIONS = List.of(
            "compute.disks.create", "compute.disks.createSnapshot", "compute.disks.get", "compute.projects.get",
            "compute.snapshots.create", "compute.snapshots.get", "compute.snapshots.useReadOnly", "compute.zones.get");
    static final String GCP_DELETE_SNAPSHOTS = "compute.snapshots.delete";
    /**
     * The plugin names a snapshot {@code <disk>-<uuid>}, and GKE's persistent disk CSI driver names
     * the disks of volumes {@code pvc-<uuid>}: Velero's snapshots are those starting {@code pvc-}.
     * Snapshot labels cannot be used, as IAM conditions do not see Compute Engine labels.
     */
    static final String GCP_VELERO_SNAPSHOT_PREFIX = "pvc-";
    /** Signing a URL for {@code velero backup logs/download} is a signBlob on its own account, nothing more. */
    static final String GCP_SIGN_BLOB = "iam.serviceAccounts.signBlob";

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
            // Volumes and their snapshots are encrypted with the environment's key: creating a volume from
            // a snapshot makes EBS decrypt, re-encrypt and grant itself the key on Velero's behalf. Only
            // through EC2, and grants only to AWS resources.
            String viaEc2 = "ec2." + identity.region() + ".amazonaws.com";
            statements.add(PolicyStatement.allow("UseVolumeKeyThroughEbs", "kms:Decrypt", "kms:DescribeKey",
                            "kms:GenerateDataKeyWithoutPlaintext", "kms:ReEncryptFrom", "kms:ReEncryptTo")
                    .resources(identity.kmsKeyArn())
                    .condition("StringEquals", "kms:ViaService", viaEc2));
            statements.add(KeyUse.grantsForAwsResources("GrantVolumeKeyToEbs", identity.kmsKeyArn())
                    .condition("StringEquals", "kms:ViaService", viaEc2));
        }
        return PolicyDocument.of(statements);
    }

    /** A Workload Identity account with object access to the backups bucket; returns its e-mail. */
    static Output<String> gcp(String name, ClusterHandle cluster, boolean snapshots, Resource parent) {
        String project = cluster.gcp().orElseThrow().project();
        var identity = new GcpWorkloadIdentity(name, new GcpWorkloadIdentityArgs(cluster, "velero", Velero.NAMESPACE,
                Velero.SERVICE_ACCOUNT, snapshots ? GCP_SNAPSHOT_PERMISSIONS : List.of()),
                ComponentResourceOptions.builder().parent(parent).build());
        var opts = CustomResourceOptions.builder().parent(parent).build();
        new BucketIAMMember(name + "-backups-bucket", BucketIAMMemberArgs.builder()
                .bucket(cluster.foundation().backupsBucket())
                .role("roles/storage.objectAdmin")
                .member(identity.member())
                .build(), opts);
        if (snapshots) {
            var deleteRole = customRole(name + "-delete-snapshots", cluster, "velero_delete_snapshots",
                    "Delete the snapshots Velero made", GCP_DELETE_SNAPSHOTS, parent);
            new com.pulumi.gcp.projects.IAMMember(name + "-delete-snapshots", com.pulumi.gcp.projects.IAMMemberArgs.builder()
                    .project(project)
                    .role(deleteRole)
                    .member(identity.member())
                    .condition(IAMMemberConditionArgs.builder()
                            .title("velero-snapshots-only")
                            .description("Snapshots of the cluster's volumes (pvc-*), which is what Velero makes")
                            .expression(veleroSnapshotCondition(project))
                            .build())
                    .build(), opts);
        }
        // Velero signs download URLs for `velero backup logs` with its own account, and nothing else.
        var signRole = customRole(name + "-sign-blob", cluster, "velero_sign_blob",
                "Sign blobs (download URLs) as the account itself", GCP_SIGN_BLOB, parent);
        new IAMMember(name + "-sign-blob", IAMMemberArgs.builder()
                .serviceAccountId(identity.accountName())
                .role(signRole)
                .member(identity.member())
                .build(), opts);
        return identity.email();
    }

    /** The IAM condition that limits a project grant to Velero's snapshots. */
    static String veleroSnapshotCondition(String project) {
        return "resource.name.startsWith(\"projects/" + project + "/global/snapshots/" + GCP_VELERO_SNAPSHOT_PREFIX + "\")";
    }

    /** A project custom role of one permission; returns the role's name for a binding, once it exists. */
    private static Output<String> customRole(String name, ClusterHandle cluster, String component, String title, String permission,
                                             Resource parent) {
        String project = cluster.gcp().orElseThrow().project();
        var role = new IAMCustomRole(name, IAMCustomRoleArgs.builder()
                .project(project)
                .roleId(GcpWorkloadIdentity.roleId(cluster.clusterName(), component))
                .title(title + " (" + cluster.clusterName() + ")")
                .description(title + ": " + permission + " and nothing else")
                .permissions(permission)
                .build(), CustomResourceOptions.builder().parent(parent).build());
        // From the role's own output, so a binding waits for the role it names.
        return role.roleId().applyValue(id -> "projects/" + project + "/roles/" + id);
    }
}
