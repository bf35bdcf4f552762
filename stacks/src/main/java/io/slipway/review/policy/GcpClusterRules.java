package io.slipway.review.policy;

import static io.slipway.review.policy.Checks.each;
import static io.slipway.review.policy.Severity.HIGH;
import static io.slipway.review.policy.Severity.MEDIUM;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** GKE control plane and node pool rules. */
final class GcpClusterRules {
    static final String GKE_CLUSTER = "gcp:container/cluster:Cluster";
    static final String NODE_POOL = "gcp:container/nodePool:NodePool";
    private static final List<String> NODE_CONFIGS = List.of(GKE_CLUSTER, NODE_POOL);

    private GcpClusterRules() {}

    static List<PolicyRule> rules() {
        return List.of(
                new PolicyRule("SLW-GCP-001", HIGH, "GKE nodes have private addresses only",
                        "Nodes with public IPs are reachable from the internet, firewall mistakes away from exposure.",
                        "checkov CKV_GCP_25; CIS GKE 5.6.5", g -> each(g, GKE_CLUSTER, r ->
                                Inputs.isTrue(r, "privateClusterConfig.enablePrivateNodes") ? null
                                        : "privateClusterConfig.enablePrivateNodes is not true")),
                new PolicyRule("SLW-GCP-002", HIGH, "GKE API endpoint private or limited to authorized networks",
                        "An API server open to the internet is one leaked token away from the cluster.",
                        "checkov CKV_GCP_20; CIS GKE 5.6.3", g -> each(g, GKE_CLUSTER, r -> {
                            if (Inputs.isTrue(r, "privateClusterConfig.enablePrivateEndpoint")) {
                                return null;
                            }
                            Object blocks = r.input("masterAuthorizedNetworksConfig.cidrBlocks").orElse(null);
                            if (!(blocks instanceof List<?> list) || list.isEmpty()) {
                                return "the public endpoint has no masterAuthorizedNetworksConfig.cidrBlocks";
                            }
                            boolean open = list.stream().anyMatch(b -> b instanceof Map<?, ?> m && "0.0.0.0/0".equals(m.get("cidrBlock")));
                            return open ? "masterAuthorizedNetworksConfig allows 0.0.0.0/0" : null;
                        })),
                new PolicyRule("SLW-GCP-003", MEDIUM, "Shielded GKE nodes with secure boot and integrity monitoring",
                        "Shielded nodes stop a compromised node from impersonating another and detect tampered boot chains.",
                        "checkov CKV_GCP_71, CKV_GCP_68, CKV_GCP_72; CIS GKE 5.5.5, 5.5.7", g -> {
                            var found = new ArrayList<>(each(g, GKE_CLUSTER, r -> Inputs.isTrue(r, "enableShieldedNodes") ? null
                                    : "enableShieldedNodes is not true"));
                            found.addAll(each(g, NODE_POOL, r -> Inputs.isTrue(r, "nodeConfig.shieldedInstanceConfig.enableSecureBoot")
                                    && Inputs.isTrue(r, "nodeConfig.shieldedInstanceConfig.enableIntegrityMonitoring") ? null
                                    : "nodeConfig.shieldedInstanceConfig lacks enableSecureBoot and enableIntegrityMonitoring"));
                            return found;
                        }),
                new PolicyRule("SLW-GCP-004", HIGH, "Workload Identity on the cluster and the GKE metadata server on nodes",
                        "Without it every pod can use the node's service account.",
                        "checkov CKV_GCP_69; CIS GKE 5.2.2", g -> {
                            var found = new ArrayList<>(each(g, GKE_CLUSTER, r ->
                                    Inputs.text(r, "workloadIdentityConfig.workloadPool").filter(p -> !p.isBlank()).isPresent() ? null
                                            : "workloadIdentityConfig.workloadPool is not set"));
                            found.addAll(each(g, NODE_POOL, r -> "GKE_METADATA".equals(
                                    Inputs.text(r, "nodeConfig.workloadMetadataConfig.mode").orElse("")) ? null
                                    : "nodeConfig.workloadMetadataConfig.mode is not GKE_METADATA"));
                            return found;
                        }),
                new PolicyRule("SLW-GCP-005", MEDIUM, "Legacy metadata endpoints disabled on nodes",
                        "The v0.1/v1beta1 metadata APIs answer without the Metadata-Flavor header, so SSRF reaches node credentials.",
                        "CIS GKE 5.4.1", g -> each(g, NODE_POOL, r ->
                                "true".equals(Inputs.text(r, "nodeConfig.metadata.disable-legacy-endpoints").orElse("")) ? null
                                        : "nodeConfig.metadata.disable-legacy-endpoints is not \"true\"")),
                new PolicyRule("SLW-GCP-006", MEDIUM, "No client certificates for the API",
                        "Client certificates cannot be revoked; access goes through IAM instead.",
                        "checkov CKV_GCP_13; CIS GKE 5.8.2", g -> each(g, GKE_CLUSTER, r ->
                                Inputs.isFalse(r, "masterAuth.clientCertificateConfig.issueClientCertificate") ? null
                                        : "masterAuth.clientCertificateConfig.issueClientCertificate is not false")),
                new PolicyRule("SLW-GCP-007", HIGH, "Nodes run as a dedicated service account, not the Compute default",
                        "The Compute Engine default account has Editor on the project.",
                        "checkov CKV_GCP_30; CIS GKE 5.2.1", g -> each(g, NODE_CONFIGS, r -> {
                            if (r.type().equals(GKE_CLUSTER) && r.input("nodeConfig").isEmpty()) {
                                return null;
                            }
                            String account = Inputs.text(r, "nodeConfig.serviceAccount").orElse("default");
                            return account.equals("default") || account.endsWith("-compute@developer.gserviceaccount.com")
                                    ? "nodeConfig.serviceAccount is the Compute Engine default (" + account + ")" : null;
                        })),
                new PolicyRule("SLW-GCP-008", HIGH, "GKE secrets encrypted with a Cloud KMS key",
                        "Application-layer encryption keeps Secrets unreadable in etcd even to someone with storage access.",
                        "CIS GKE 5.3.1", g -> each(g, GKE_CLUSTER, r ->
                                "ENCRYPTED".equals(Inputs.text(r, "databaseEncryption.state").orElse(""))
                                        && Inputs.text(r, "databaseEncryption.keyName").isPresent() ? null
                                        : "databaseEncryption is not ENCRYPTED with a key")),
                new PolicyRule("SLW-GCP-009", HIGH, "Legacy ABAC disabled",
                        "ABAC grants bypass RBAC and cannot be reviewed per namespace.",
                        "checkov CKV_GCP_7; CIS GKE 5.8.3", g -> each(g, GKE_CLUSTER, r ->
                                Inputs.isTrue(r, "enableLegacyAbac") ? "enableLegacyAbac is true" : null)));
    }
}
