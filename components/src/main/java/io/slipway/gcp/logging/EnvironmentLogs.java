package io.slipway.gcp.logging;

import com.pulumi.core.Output;
import com.pulumi.gcp.logging.ProjectBucketConfig;
import com.pulumi.gcp.logging.ProjectBucketConfigArgs;
import com.pulumi.gcp.logging.ProjectSink;
import com.pulumi.gcp.logging.ProjectSinkArgs;
import com.pulumi.gcp.storage.BucketIAMMember;
import com.pulumi.gcp.storage.BucketIAMMemberArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.slipway.gcp.storage.SecureBucket;
import io.slipway.gcp.storage.SecureBucketArgs;
import java.util.ArrayList;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The audit trail of a GCP environment, kept as long as the environment's {@code logs.retentionDays}
 * (the {@code _Default} log bucket keeps 30 days, whatever the tier): a Cloud Logging bucket that a
 * sink fills with the GKE control-plane and audit logs of both slots and the subnet's flow logs, and a
 * GCS bucket for the usage logs of the environment's buckets, under a retention policy of the same
 * length, written by Cloud Storage's analytics group and nothing else.
 *
 * <p>The sink copies; the {@code _Default} bucket keeps its 30 days too (excluding there would edit a
 * project-wide sink Slipway does not own), so these logs are ingested twice.
 */
public final class EnvironmentLogs extends ComponentResource {
    public static final String TYPE = "slipway:gcp:EnvironmentLogs";
    /** The group Cloud Storage writes usage logs as. */
    public static final String STORAGE_ANALYTICS = "group:cloud-storage-analytics@google.com";

    private final Output<String> usageLogBucket;

    public EnvironmentLogs(String name, EnvironmentLogsArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        var logBucket = new ProjectBucketConfig(name, ProjectBucketConfigArgs.builder()
                .project(args.project())
                .location(args.region())
                .bucketId("slipway-" + args.environment())
                .description("Audit trail of the Slipway environment " + args.environment())
                .retentionDays(args.retentionDays())
                // The audit trail outlives a destroyed cluster or network, like the backups.
                .build(), CustomResourceOptions.builder().parent(this).protect(true).build());
        new ProjectSink(name, ProjectSinkArgs.builder()
                .project(args.project())
                .name("slipway-" + args.environment() + "-audit")
                .description("GKE control-plane and audit logs and flow logs of " + args.environment())
                .destination(logBucket.name().applyValue(bucket -> "logging.googleapis.com/" + bucket))
                .filter(filter(args))
                .uniqueWriterIdentity(true)
                .build(), child);

        var usageLogs = new SecureBucket(name + "-usage", new SecureBucketArgs(args.project(), args.usageLogBucket(),
                args.region(), args.kmsKey(), args.labels(), null, args.retentionDays(), args.retentionDays(), null),
                ComponentResourceOptions.builder().parent(this).build());
        var writer = new BucketIAMMember(name + "-usage-writer", BucketIAMMemberArgs.builder()
                .bucket(usageLogs.bucketName())
                .role("roles/storage.objectCreator")
                .member(STORAGE_ANALYTICS)
                .build(), child);
        // Read through the grant, so a bucket logs here only once Cloud Storage may write.
        this.usageLogBucket = writer.bucket();
        registerOutputs(Map.of("logBucket", logBucket.name(), "usageLogBucket", usageLogBucket));
    }

    /** This environment's clusters (control plane and audit logs) and, when Slipway made it, its subnet's flow logs. */
    static String filter(EnvironmentLogsArgs args) {
        var clusters = args.clusterNames().stream().map(name -> "resource.labels.cluster_name=\"" + name + "\"")
                .collect(Collectors.joining(" OR "));
        var parts = new ArrayList<String>();
        parts.add("(resource.type=(\"k8s_cluster\" OR \"k8s_control_plane_component\") AND (" + clusters + "))");
        if (args.subnetworkName() != null) {
            parts.add("(resource.type=\"gce_subnetwork\" AND log_id(\"compute.googleapis.com/vpc_flows\") AND "
                    + "resource.labels.subnetwork_name=\"" + args.subnetworkName() + "\")");
        }
        return String.join(" OR ", parts);
    }

    /** The GCS bucket for usage logs, known once Cloud Storage may write to it. */
    public Output<String> usageLogBucket() {
        return usageLogBucket;
    }
}
