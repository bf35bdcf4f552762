package io.slipway.addons.backups;

import static io.slipway.addons.Fixtures.at;
import static io.slipway.addons.Fixtures.json;
import static io.slipway.addons.Fixtures.statement;
import static io.slipway.addons.Fixtures.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.addons.AddonArgs;
import io.slipway.addons.Fixtures;
import io.slipway.addons.lock.Addon;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.offline.OfflineResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VeleroTest {

    static OfflineResult run(EnvironmentContext env) {
        return Fixtures.run(env, cluster -> new Velero("dev-blue-velero", new AddonArgs(cluster, Fixtures.LOCK),
                Optional.of(Fixtures.monitoringRelease()), Fixtures.noOptions()));
    }

    @Test
    void monitoringScrapesVeleroThroughAServiceMonitorThatAloneWaitsForIt() {
        // GIVEN a monitoring release in the slot WHEN Velero is built, scraped by it
        var result = run(Fixtures.gcp("dev", ""));

        // THEN the release installs without waiting for monitoring, and its chart makes no ServiceMonitor
        var release = result.single(Fixtures.RELEASE);
        var monitoring = result.named("test:index:Marker", "dev-blue-monitoring");
        assertThat(release.dependencies()).doesNotContain(monitoring.urn());
        assertThat(at(values(release), "metrics")).isEqualTo(Map.of("enabled", true, "serviceMonitor", Map.of("enabled", false)));
        // AND Slipway's ServiceMonitor, the chart's (templates/servicemonitor.yaml), waits for monitoring and Velero
        var monitor = result.single("kubernetes:monitoring.coreos.com/v1:ServiceMonitor");
        assertThat(monitor.dependencies()).contains(monitoring.urn(), release.urn());
        assertThat(monitor.require("metadata.name")).isEqualTo("velero");
        assertThat(monitor.require("metadata.namespace")).isEqualTo("velero");
        assertThat(monitor.require("spec.selector.matchLabels")).isEqualTo(Map.of(
                "app.kubernetes.io/name", "velero", "app.kubernetes.io/instance", "velero"));
        assertThat(monitor.require("spec.namespaceSelector.matchNames")).isEqualTo(List.of("velero"));
        assertThat(monitor.require("spec.endpoints")).isEqualTo(List.of(Map.of("port", "http-monitoring", "interval", "30s", "scrapeTimeout", "10s")));
    }

    @Test
    void awsBacksUpIntoTheSharedBucketOnTheSpecsSchedule() {
        // GIVEN backups every night at 4, kept 7 days
        var result = run(Fixtures.aws("dev", "backups: {schedule: \"0 4 * * *\", retentionDays: 7}"));

        // THEN Velero runs the lock's AWS plugin and writes to the foundation's bucket under the prefix both slots share
        var values = values(result.single(Fixtures.RELEASE));
        assertThat(at(values, "initContainers", 0, "image")).isEqualTo(Fixtures.LOCK.pin(Addon.VELERO).image("aws"));
        assertThat(at(values, "configuration", "backupStorageLocation", 0, "bucket")).isEqualTo("dev-backups-123456789012");
        assertThat(at(values, "configuration", "backupStorageLocation", 0, "prefix")).isEqualTo("velero");
        assertThat(at(values, "configuration", "backupStorageLocation", 0, "provider")).isEqualTo("aws");
        assertThat(at(values, "configuration", "volumeSnapshotLocation", 0, "config", "region")).isEqualTo("eu-west-1");
        // AND the slot's own schedule keeps backups 7 days, with volume snapshots
        assertThat(at(values, "schedules", VeleroSchedule.key("blue"), "schedule")).isEqualTo("0 4 * * *");
        assertThat(at(values, "schedules", VeleroSchedule.key("blue"), "template", "ttl")).isEqualTo("168h0m0s");
        assertThat(at(values, "schedules", VeleroSchedule.key("blue"), "template", "snapshotVolumes")).isEqualTo(true);
        assertThat(at(values, "snapshotsEnabled")).isEqualTo(true);
        // AND the chart names that Schedule velero-blue-cluster (release "velero" holds the chart name), as the alerts expect
        assertThat(VeleroSchedule.key("blue")).isEqualTo("blue-cluster");
        assertThat(VeleroSchedule.name(Fixtures.LOCK.pin(Addon.VELERO), "blue")).isEqualTo("velero-blue-cluster");
        // AND no key file: the service account assumes an IRSA role
        assertThat(at(values, "credentials", "useSecret")).isEqualTo(false);
        assertThat((String) at(values, "serviceAccount", "server", "annotations", "eks.amazonaws.com/role-arn")).startsWith("arn:aws:iam::");
    }

    @Test
    void awsIdentityReachesOnlyTheBackupsBucketAndVeleroSnapshots() {
        // GIVEN Velero's IRSA policy
        var policy = json(run(Fixtures.aws("dev", "")).single("aws:iam/rolePolicy:RolePolicy").require("policy"));

        // THEN object access is limited to the bucket, and deleting snapshots to Velero's own
        assertThat(statement(policy, "BackupObjects").get("Resource").asText()).isEqualTo(Fixtures.BUCKET_ARN + "/*");
        assertThat(statement(policy, "ListBackupBucket").get("Resource").asText()).isEqualTo(Fixtures.BUCKET_ARN);
        assertThat(statement(policy, "BackupBucketEncryption").at("/Condition/StringEquals/kms:ViaService").asText())
                .isEqualTo("s3.eu-west-1.amazonaws.com");
        assertThat(statement(policy, "DeleteVeleroSnapshots").at("/Condition/Null/aws:ResourceTag~1velero.io~1backup").asText()).isEqualTo("false");
        assertThat(statement(policy, "SnapshotAndRestoreVolumes").get("Resource").toString())
                .contains("arn:aws:ec2:eu-west-1:123456789012:volume/*", "arn:aws:ec2:eu-west-1::snapshot/*");
    }

    @Test
    void withoutSnapshotsTheIdentityCannotTouchVolumes() {
        // GIVEN volume snapshots off WHEN Velero is built THEN no EC2 permission is granted and snapshots are off
        var result = run(Fixtures.aws("dev", "backups: {volumeSnapshots: false}"));
        assertThat((String) result.single("aws:iam/rolePolicy:RolePolicy").require("policy")).doesNotContain("ec2:");
        assertThat(at(values(result.single(Fixtures.RELEASE)), "snapshotsEnabled")).isEqualTo(false);
    }

    @Test
    void gcpUsesWorkloadIdentityScopedToTheBucket() {
        // GIVEN a GCP environment WHEN Velero is built
        var result = run(Fixtures.gcp("dev", ""));

        // THEN the GCP plugin writes to the foundation's bucket as a Google service account bound to velero/velero
        var values = values(result.single(Fixtures.RELEASE));
        var email = "dev-blue-velero@acme-dev.iam.gserviceaccount.com";
        assertThat(at(values, "initContainers", 0, "image")).isEqualTo(Fixtures.LOCK.pin(Addon.VELERO).image("gcp"));
        assertThat(at(values, "configuration", "backupStorageLocation", 0, "bucket")).isEqualTo("acme-dev-backups");
        assertThat(at(values, "configuration", "backupStorageLocation", 0, "config", "serviceAccount")).isEqualTo(email);
        assertThat(at(values, "configuration", "volumeSnapshotLocation", 0, "config", "project")).isEqualTo("acme-dev");
        assertThat(at(values, "serviceAccount", "server", "annotations", "iam.gke.io/gcp-service-account")).isEqualTo(email);
        // AND object access is granted on that bucket only, snapshots through a custom role of exactly the needed permissions
        var bucketGrant = result.single("gcp:storage/bucketIAMMember:BucketIAMMember");
        assertThat(bucketGrant.require("bucket")).isEqualTo("acme-dev-backups");
        assertThat(bucketGrant.require("role")).isEqualTo("roles/storage.objectAdmin");
        var roles = result.ofType("gcp:projects/iAMCustomRole:IAMCustomRole");
        assertThat(roles).extracting(r -> r.require("permissions")).containsExactlyInAnyOrder(
                VeleroIdentity.GCP_SNAPSHOT_PERMISSIONS.stream().sorted().toList(),
                java.util.List.of("compute.snapshots.delete"), java.util.List.of("iam.serviceAccounts.signBlob"));
        assertThat(VeleroIdentity.GCP_SNAPSHOT_PERMISSIONS).doesNotContain("compute.snapshots.delete");
    }

    @Test
    void gcpDeletesOnlyVeleroSnapshotsAndSignsOnlyAsItself() {
        // GIVEN a GCP environment with volume snapshots WHEN Velero is built
        var result = run(Fixtures.gcp("dev", ""));

        // THEN deleting snapshots is a separate project grant, conditioned on the names Velero gives them
        var projectGrants = result.ofType("gcp:projects/iAMMember:IAMMember");
        var deleteGrant = projectGrants.stream().filter(g -> g.inputs().containsKey("condition")).toList();
        assertThat(deleteGrant).singleElement().satisfies(g -> {
            assertThat(g.require("role")).isEqualTo("projects/acme-dev/roles/slipway_dev_blue_velero_delete_snapshots");
            assertThat(g.require("condition.expression"))
                    .isEqualTo("resource.name.startsWith(\"projects/acme-dev/global/snapshots/pvc-\")");
        });
        // AND on its own account Velero holds only a custom role of signBlob, no token creator
        assertThat(result.ofType("gcp:serviceaccount/iAMMember:IAMMember")).extracting(m -> m.require("role"))
                .containsExactlyInAnyOrder("roles/iam.workloadIdentityUser", "projects/acme-dev/roles/slipway_dev_blue_velero_sign_blob");
    }

    @Test
    void awsRestoresVolumesEncryptedWithTheEnvironmentKeyThroughEbsOnly() {
        // GIVEN Velero's IRSA policy with volume snapshots on
        var policy = json(run(Fixtures.aws("dev", "")).single("aws:iam/rolePolicy:RolePolicy").require("policy"));

        // THEN EBS may use the environment's key on Velero's behalf, through EC2 only
        var use = statement(policy, "UseVolumeKeyThroughEbs");
        assertThat(use.get("Resource").asText()).isEqualTo(Fixtures.KEY_ARN);
        assertThat(use.get("Action").toString()).contains("kms:Decrypt", "kms:DescribeKey",
                "kms:GenerateDataKeyWithoutPlaintext", "kms:ReEncryptFrom", "kms:ReEncryptTo");
        assertThat(use.at("/Condition/StringEquals/kms:ViaService").asText()).isEqualTo("ec2.eu-west-1.amazonaws.com");
        // AND the grants EBS creates are for AWS resources only, also through EC2
        var grant = statement(policy, "GrantVolumeKeyToEbs");
        assertThat(grant.get("Action").toString()).contains("kms:CreateGrant");
        assertThat(grant.get("Resource").asText()).isEqualTo(Fixtures.KEY_ARN);
        assertThat(grant.at("/Condition/Bool/kms:GrantIsForAWSResource").asText()).isEqualTo("true");
        assertThat(grant.at("/Condition/StringEquals/kms:ViaService").asText()).isEqualTo("ec2.eu-west-1.amazonaws.com");
    }

    @Test
    void theLongestRetentionIsAPositiveTtlAndAnInvalidOneIsRefusedRatherThanWrapped() {
        // GIVEN the largest retention validation accepts, and one a spec built in code might carry
        // WHEN / THEN ten years stay a positive Go duration in hours, and 0 days never becomes a TTL
        assertThat(Velero.ttl(3650)).isEqualTo("87600h0m0s");
        assertThat(Velero.ttl(Integer.MAX_VALUE)).isEqualTo("51539607528h0m0s");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Velero.ttl(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
