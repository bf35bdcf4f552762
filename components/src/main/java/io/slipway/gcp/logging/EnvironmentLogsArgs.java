package io.slipway.gcp.logging;

import com.pulumi.core.Output;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Inputs of {@link EnvironmentLogs}.
 *
 * @param project          the GCP project. Required.
 * @param environment      the environment's name: names the log buckets and the sink. Required.
 * @param region           where the log buckets live. Required.
 * @param retentionDays    days every log is kept (Cloud Logging bucket retention, GCS retention policy and
 *                         expiry), 1 to 3650. Required.
 * @param clusterNames     the GKE clusters whose control-plane and audit logs are kept. Required.
 * @param subnetworkName   the subnet whose flow logs are kept. @default null (flow logs not routed: an
 *                         existing network's flow logs are its owner's)
 * @param usageLogBucket   the GCS bucket name for the usage logs of the environment's buckets. Required.
 * @param kmsKey           the Cloud KMS key the usage-log bucket is encrypted with. Required.
 * @param labels           labels of the usage-log bucket. @default {}
 */
public record EnvironmentLogsArgs(
        String project,
        String environment,
        String region,
        Integer retentionDays,
        List<String> clusterNames,
        String subnetworkName,
        String usageLogBucket,
        Output<String> kmsKey,
        Map<String, String> labels) {

    public EnvironmentLogsArgs {
        Objects.requireNonNull(project, "EnvironmentLogsArgs.project is required");
        Objects.requireNonNull(environment, "EnvironmentLogsArgs.environment is required");
        Objects.requireNonNull(region, "EnvironmentLogsArgs.region is required");
        Objects.requireNonNull(retentionDays, "EnvironmentLogsArgs.retentionDays is required");
        Objects.requireNonNull(usageLogBucket, "EnvironmentLogsArgs.usageLogBucket is required");
        Objects.requireNonNull(kmsKey, "EnvironmentLogsArgs.kmsKey is required");
        if (retentionDays < 1 || retentionDays > 3650) {
            throw new IllegalArgumentException("EnvironmentLogsArgs.retentionDays must be 1 to 3650, was " + retentionDays);
        }
        if (clusterNames == null || clusterNames.isEmpty()) {
            throw new IllegalArgumentException("EnvironmentLogsArgs.clusterNames must name at least one cluster");
        }
        clusterNames = List.copyOf(clusterNames);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
