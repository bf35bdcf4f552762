package io.slipway.cluster;

/**
 * What a GCP add-on needs to bind a Kubernetes service account to a Google service account.
 *
 * @param project      the GCP project id
 * @param workloadPool the cluster's Workload Identity pool, {@code <project>.svc.id.goog}
 */
public record GcpClusterIdentity(String project, String workloadPool) {}
