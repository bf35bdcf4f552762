package io.slipway.gcp.gke;

import com.pulumi.core.Output;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link GkeCluster} builds.
 *
 * @param project                the GCP project. Required.
 * @param clusterName            the cluster's name ({@code <env>-<slot>}). Required.
 * @param location               a region (regional control plane) or a zone (zonal). Required.
 * @param version                the control plane's version and channel. Required.
 * @param network                the VPC network. Required.
 * @param subnetwork             the cluster subnet. Required.
 * @param podsRangeName          the subnet's secondary range for pods. Required.
 * @param servicesRangeName      the subnet's secondary range for services. Required.
 * @param masterCidr             the control plane's private /28. Required.
 * @param publicCidrs            networks allowed on the public endpoint; empty makes the endpoint
 *                               private. @default [] (private endpoint only)
 * @param secretsKey             Cloud KMS key that encrypts Kubernetes secrets in etcd. Required.
 * @param nodeServiceAccount     e-mail of the node service account; used by the short-lived
 *                               bootstrap pool GKE insists on creating. Required.
 * @param maintenanceStartTime   daily maintenance window start, {@code HH:MM} UTC. Required.
 * @param deletionProtection     GKE refuses to delete the cluster while set. Required.
 * @param autoscalingProfile     GKE autoscaler profile ({@code BALANCED}, {@code OPTIMIZE_UTILIZATION}),
 *                               or null to leave GKE's default. @default null
 * @param labels                 resource labels on the cluster. @default {}
 * @param rbacSecurityGroup      the Google Groups for RBAC security group, so RoleBindings can name Google
 *                               groups. @default null (not configured)
 */
public record GkeClusterArgs(
        String project,
        String clusterName,
        Output<String> location,
        GkeVersion version,
        Output<String> network,
        Output<String> subnetwork,
        Output<String> podsRangeName,
        Output<String> servicesRangeName,
        String masterCidr,
        List<String> publicCidrs,
        Output<String> secretsKey,
        Output<String> nodeServiceAccount,
        String maintenanceStartTime,
        boolean deletionProtection,
        String autoscalingProfile,
        Map<String, String> labels,
        String rbacSecurityGroup) {

    public GkeClusterArgs {
        Objects.requireNonNull(project, "GkeClusterArgs.project is required");
        Objects.requireNonNull(clusterName, "GkeClusterArgs.clusterName is required");
        Objects.requireNonNull(location, "GkeClusterArgs.location is required");
        Objects.requireNonNull(version, "GkeClusterArgs.version is required");
        Objects.requireNonNull(network, "GkeClusterArgs.network is required");
        Objects.requireNonNull(subnetwork, "GkeClusterArgs.subnetwork is required");
        Objects.requireNonNull(podsRangeName, "GkeClusterArgs.podsRangeName is required");
        Objects.requireNonNull(servicesRangeName, "GkeClusterArgs.servicesRangeName is required");
        Objects.requireNonNull(masterCidr, "GkeClusterArgs.masterCidr is required");
        Objects.requireNonNull(secretsKey, "GkeClusterArgs.secretsKey is required");
        Objects.requireNonNull(nodeServiceAccount, "GkeClusterArgs.nodeServiceAccount is required");
        Objects.requireNonNull(maintenanceStartTime, "GkeClusterArgs.maintenanceStartTime is required");
        if (!maintenanceStartTime.matches("([01]\\d|2[0-3]):[0-5]\\d")) {
            throw new IllegalArgumentException("GkeClusterArgs.maintenanceStartTime '" + maintenanceStartTime
                    + "' is not a time of day as HH:MM (UTC)");
        }
        publicCidrs = publicCidrs == null ? List.of() : List.copyOf(publicCidrs);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        if (rbacSecurityGroup != null && !rbacSecurityGroup.startsWith("gke-security-groups@")) {
            throw new IllegalArgumentException("GkeClusterArgs.rbacSecurityGroup '" + rbacSecurityGroup
                    + "' is not gke-security-groups@<domain>, the only group Google Groups for RBAC reads");
        }
    }

    /** The private endpoint is the only one unless public CIDRs are listed. */
    public boolean privateEndpoint() {
        return publicCidrs.isEmpty();
    }

    /** The project's Workload Identity pool, {@code <project>.svc.id.goog}. */
    public String workloadPool() {
        return project + ".svc.id.goog";
    }
}
