package io.slipway.aws.eks;

import io.slipway.model.Cloud;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.loading.Problem;
import io.slipway.model.loading.SpecRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * What an AWS environment must satisfy for its EKS slots to be built, checked with the rest of the
 * spec so a mistake is reported with its key path before anything is registered:
 * the slot's Kubernetes minor has pinned core add-on versions, no pool mixes CPU architectures,
 * at least one admin role is listed, and each only once (access entries are named by role name); on
 * EKS Auto Mode, a slot has a worker pool besides the system pool, every pool's type is one Auto Mode
 * launches, and no tag uses a key Auto Mode reserves.
 */
public final class EksSpecRule implements SpecRule {
    @Override
    public List<Problem> check(EnvironmentSpec spec, String source) {
        var problems = new ArrayList<Problem>();
        if (spec.cloud() != Cloud.AWS) {
            return problems;
        }
        boolean autoMode = spec.aws() != null && spec.aws().autoModeFor(spec.isEphemeral());
        if (autoMode) {
            // Slipway's NodeClasses carry these tags to every node; EKS refuses the keys it reserves.
            for (String key : spec.tags().keySet()) {
                if (AutoModeNodeClass.RESERVED_TAG_PREFIXES.stream().anyMatch(key::startsWith)) {
                    problems.add(new Problem(source, "tags." + key, "is reserved by EKS Auto Mode, which tags its nodes itself: "
                            + "tags may not start with " + String.join(", ", AutoModeNodeClass.RESERVED_TAG_PREFIXES)));
                }
            }
        }
        spec.slots().forEach((slot, slotSpec) -> {
            String minor = slotSpec.minorVersion();
            if (!CoreAddonVersions.supportedMinors().contains(minor)) {
                problems.add(new Problem(source, "slots." + slot + ".kubernetesVersion", "EKS core add-ons are pinned for "
                        + String.join(", ", CoreAddonVersions.supportedMinors()) + ", not " + minor + " (see "
                        + CoreAddonVersions.RESOURCE.substring(1) + ")"));
            }
            if (autoMode && slotSpec.nodePools().stream().allMatch(pool -> pool.system())) {
                problems.add(new Problem(source, "slots." + slot + ".nodePools", "on EKS Auto Mode the system pool runs only "
                        + "pods tolerating CriticalAddonsOnly, like EKS's own system pool: add a worker pool (system: false) for "
                        + "the add-ons and workloads, or set aws.autoMode: false"));
            }
            for (int i = 0; i < slotSpec.nodePools().size(); i++) {
                int index = i;
                NodeAmiType.mixProblem(slotSpec.nodePools().get(i).instanceTypes()).ifPresent(problem -> problems.add(
                        new Problem(source, "slots." + slot + ".nodePools[" + index + "].instanceTypes", problem)));
                if (autoMode) {
                    List<String> types = slotSpec.nodePools().get(i).instanceTypes();
                    for (int t = 0; t < types.size(); t++) {
                        String path = "slots." + slot + ".nodePools[" + index + "].instanceTypes[" + t + "]";
                        AutoModeInstanceTypes.problem(types.get(t)).ifPresent(problem -> problems.add(new Problem(source, path, problem)));
                    }
                }
            }
        });
        if (spec.aws() != null) {
            var seen = new HashMap<String, Integer>();
            var admins = spec.aws().adminRoleArns();
            if (admins.isEmpty()) {
                // Access entries are the only way into the cluster (no aws-auth, no implicit creator
                // admin), so without one the deploying role could not even install the add-ons.
                problems.add(new Problem(source, "aws.adminRoleArns", "empty: list at least the IAM role that runs "
                        + "pulumi up, e.g. arn:aws:iam::123456789012:role/platform-admin; EKS grants no one admin otherwise"));
            }
            for (int i = 0; i < admins.size(); i++) {
                String arn = admins.get(i);
                String path = "aws.adminRoleArns[" + i + "]";
                if (!arn.matches(AdminAccess.ROLE_ARN)) {
                    continue; // the model's own rule reports an ARN that is not a role's
                }
                Integer first = seen.putIfAbsent(arn.substring(arn.lastIndexOf('/') + 1), i);
                if (first != null) {
                    problems.add(new Problem(source, path, "has the same role name as aws.adminRoleArns[" + first
                            + "]; list each admin role once"));
                }
            }
        }
        return problems;
    }
}
