package io.slipway.addons.gcp;

import io.slipway.cluster.ClusterHandle;
import java.util.List;

/**
 * Inputs of a {@link GcpWorkloadIdentity}.
 *
 * @param cluster            the GKE cluster whose Kubernetes service account impersonates the account. Required.
 * @param component          short add-on name, part of the account id ({@code velero}, {@code extdns}). Required.
 * @param namespace          the Kubernetes namespace of the service account. Required.
 * @param serviceAccount     the Kubernetes service account. Required.
 * @param projectPermissions permissions that only exist at project level (listing zones, snapshotting disks),
 *                           granted through a custom role holding exactly these. @default [] (no project grant)
 */
public record GcpWorkloadIdentityArgs(
        ClusterHandle cluster,
        String component,
        String namespace,
        String serviceAccount,
        List<String> projectPermissions) {

    public GcpWorkloadIdentityArgs {
        projectPermissions = projectPermissions == null ? List.of() : List.copyOf(projectPermissions);
        if (cluster == null || cluster.gcp().isEmpty()) {
            throw new IllegalArgumentException("a GCP workload identity needs a GKE cluster with Workload Identity");
        }
        if (component == null || !component.matches("[a-z][a-z0-9-]{1,11}")) {
            throw new IllegalArgumentException("component '" + component + "' must be 2-12 lower-case letters, digits or '-'");
        }
        for (String permission : projectPermissions) {
            if (permission.contains("*")) {
                throw new IllegalArgumentException("GCP permission '" + permission + "' is a wildcard: name every permission");
            }
        }
    }
}
