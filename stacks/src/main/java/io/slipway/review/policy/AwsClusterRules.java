package io.slipway.review.policy;

import static io.slipway.review.policy.Checks.each;
import static io.slipway.review.policy.Severity.HIGH;
import static io.slipway.review.policy.Severity.MEDIUM;

import io.slipway.offline.RegisteredResource;
import io.slipway.review.graph.PlanGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** EKS control plane and node rules. */
final class AwsClusterRules {
    static final String EKS_CLUSTER = "aws:eks/cluster:Cluster";
    static final String NODE_GROUP = "aws:eks/nodeGroup:NodeGroup";
    static final String LAUNCH_TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";
    /** A node pool of EKS Auto Mode (or of a self-managed Karpenter, whose NodeClass is its own). */
    static final String NODE_POOL = "kubernetes:karpenter.sh/v1:NodePool";
    static final String AUTO_MODE_NODE_CLASS_GROUP = "eks.amazonaws.com";
    private static final List<String> LOG_TYPES = List.of("api", "audit", "authenticator", "controllerManager", "scheduler");

    private AwsClusterRules() {}

    static List<PolicyRule> rules() {
        return List.of(
                new PolicyRule("SLW-AWS-001", HIGH, "EKS API endpoint private, public access only from listed CIDRs",
                        "An API server open to the internet is one leaked token away from the cluster.",
                        "checkov CKV_AWS_39, CKV_AWS_38; CIS EKS 5.4.2", AwsClusterRules::endpoint),
                new PolicyRule("SLW-AWS-002", HIGH, "EKS secrets encrypted with a KMS key",
                        "Envelope encryption keeps Secrets unreadable in etcd backups and snapshots.",
                        "checkov CKV_AWS_58; CIS EKS 5.3.1", g -> each(g, EKS_CLUSTER, r -> {
                            boolean secrets = Inputs.strings(r, "encryptionConfig.resources").contains("secrets");
                            boolean key = Inputs.text(r, "encryptionConfig.provider.keyArn").filter(k -> !k.isBlank()).isPresent();
                            return secrets && key ? null : "encryptionConfig does not encrypt 'secrets' with a KMS key";
                        })),
                new PolicyRule("SLW-AWS-003", MEDIUM, "EKS control-plane logs: api, audit, authenticator, controllerManager, scheduler",
                        "Without audit and authenticator logs nobody can tell who did what to the cluster.",
                        "checkov CKV_AWS_37; CIS EKS 2.1.1", g -> each(g, EKS_CLUSTER, r -> {
                            List<String> missing = new ArrayList<>(LOG_TYPES);
                            missing.removeAll(Inputs.strings(r, "enabledClusterLogTypes"));
                            return missing.isEmpty() ? null : "enabledClusterLogTypes lacks " + missing;
                        })),
                new PolicyRule("SLW-AWS-004", HIGH, "Nodes require IMDSv2 with a hop limit of 1",
                        "IMDSv1 and a hop limit above 1 let any pod take the node role's credentials.",
                        "checkov CKV_AWS_79, CKV_AWS_341; CIS EKS 4.6.1", AwsClusterRules::imds),
                new PolicyRule("SLW-AWS-005", MEDIUM, "Node volumes encrypted",
                        "Unencrypted root volumes and their snapshots expose container images and emptyDir data.",
                        "checkov CKV_AWS_8", AwsClusterRules::volumes));
    }

    private static List<Violation> volumes(PlanGraph g) {
        List<Violation> found = new ArrayList<>(each(g, LAUNCH_TEMPLATE, r -> {
            Object mappings = r.input("blockDeviceMappings").orElse(List.of());
            if (!(mappings instanceof List<?> list) || list.isEmpty()) {
                return "blockDeviceMappings missing: the AMI's unencrypted default volume is used";
            }
            for (Object mapping : list) {
                Object ebs = mapping instanceof Map<?, ?> m ? m.get("ebs") : null;
                Object encrypted = ebs instanceof Map<?, ?> e ? e.get("encrypted") : null;
                if (!"true".equals(String.valueOf(encrypted))) {
                    return "a block device mapping is not encrypted (ebs.encrypted=" + encrypted + ")";
                }
            }
            return null;
        }));
        found.addAll(each(g, NODE_POOL, AwsClusterRules::autoModeNodeClass));
        return found;
    }

    /**
     * Nodes of an EKS Auto Mode NodeClass run with IMDSv2 at a hop limit of 1 and encrypted volumes,
     * which Auto Mode enforces and nobody can turn off; a NodePool on any other NodeClass (a
     * self-managed Karpenter's) has neither guarantee, and the plan does not show its settings.
     */
    private static String autoModeNodeClass(RegisteredResource r) {
        String group = Inputs.text(r, "spec.template.spec.nodeClassRef.group").orElse("missing");
        return AUTO_MODE_NODE_CLASS_GROUP.equals(group) ? null : "spec.template.spec.nodeClassRef.group is " + group
                + ", not " + AUTO_MODE_NODE_CLASS_GROUP + ": the nodes are not EKS Auto Mode's, whose IMDSv2 and volume "
                + "encryption are enforced";
    }

    private static List<Violation> endpoint(PlanGraph g) {
        return each(g, EKS_CLUSTER, r -> {
            if (!Inputs.isTrue(r, "vpcConfig.endpointPrivateAccess")) {
                return "vpcConfig.endpointPrivateAccess is not true";
            }
            // The provider's default for endpointPublicAccess is true, so absent means public.
            if (Inputs.isFalse(r, "vpcConfig.endpointPublicAccess")) {
                return null;
            }
            List<String> cidrs = Inputs.strings(r, "vpcConfig.publicAccessCidrs");
            if (cidrs.isEmpty() || cidrs.contains("0.0.0.0/0")) {
                return "the public endpoint is open to " + (cidrs.isEmpty() ? "0.0.0.0/0 (the default)" : cidrs);
            }
            return null;
        });
    }

    private static List<Violation> imds(PlanGraph g) {
        List<Violation> found = new ArrayList<>(each(g, LAUNCH_TEMPLATE, r -> {
            String tokens = Inputs.text(r, "metadataOptions.httpTokens").orElse("optional (the default)");
            double hops = Inputs.number(r, "metadataOptions.httpPutResponseHopLimit").orElse(1.0);
            if (!"required".equals(tokens)) {
                return "metadataOptions.httpTokens is " + tokens + ", not required";
            }
            return hops > 1 ? "metadataOptions.httpPutResponseHopLimit is " + (int) hops + ", not 1" : null;
        }));
        found.addAll(each(g, NODE_GROUP, r -> r.input("launchTemplate").isPresent() ? null
                : "no launch template: nodes get the AMI's metadata defaults"));
        found.addAll(each(g, NODE_POOL, AwsClusterRules::autoModeNodeClass));
        return found;
    }
}
