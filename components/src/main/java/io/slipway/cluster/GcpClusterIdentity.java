package io.slipway.cluster;

import com.pulumi.core.Output;

/**
 * What GCP add-ons need of their cluster: the project and Workload Identity pool to bind a
 * Kubernetes service account to a Google service account, and the nodes' subnetwork, where an
 * internal load balancer's address is reserved.
 *
 * @param project      the GCP project id
 * @param workloadPool the cluster's Workload Identity pool, {@code <project>.svc.id.goog}
 * @param subnetwork   the id of the subnetwork the cluster's nodes run in
 */
public record GcpClusterIdentity(String project, String workloadPool, Output<String> subnetwork) {}
