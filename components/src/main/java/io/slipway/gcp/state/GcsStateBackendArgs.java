package io.slipway.gcp.state;

import java.util.Map;
import java.util.Objects;

/**
 * What {@link GcsStateBackend} builds.
 *
 * @param project               the GCP project that holds the state. Required.
 * @param region                the bucket's and the keys' region. Required.
 * @param bucketName            the state bucket's globally unique name. @default {@code <project>-pulumi-state}
 * @param keyRingName           the key ring of the state keys; key rings can never be deleted, so
 *                              pick a new name only on purpose. @default {@code pulumi-state}
 * @param noncurrentVersionDays days an overwritten state file's old version is kept. @default 90
 * @param labels                labels on the bucket and keys. @default {}
 */
public record GcsStateBackendArgs(
        String project,
        String region,
        String bucketName,
        String keyRingName,
        Integer noncurrentVersionDays,
        Map<String, String> labels) {

    public GcsStateBackendArgs {
        Objects.requireNonNull(project, "GcsStateBackendArgs.project is required");
        Objects.requireNonNull(region, "GcsStateBackendArgs.region is required");
        bucketName = bucketName == null ? project + "-pulumi-state" : bucketName;
        keyRingName = keyRingName == null ? "pulumi-state" : keyRingName;
        noncurrentVersionDays = noncurrentVersionDays == null ? 90 : noncurrentVersionDays;
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    /** The defaults for a project and region. */
    public static GcsStateBackendArgs of(String project, String region) {
        return new GcsStateBackendArgs(project, region, null, null, null, null);
    }
}
