package io.slipway.review.policy;

import static io.slipway.review.policy.Severity.HIGH;

import io.slipway.offline.RegisteredResource;
import io.slipway.review.graph.PlanGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** IAM: exact actions, constrained writes, exact IRSA subjects, key policy principals. */
final class AwsIamRules {
    /** Identity and resource policies, by type, with the input that holds the document. */
    private static final Map<String, String> POLICY_INPUTS = Map.of(
            "aws:iam/rolePolicy:RolePolicy", "policy",
            "aws:iam/policy:Policy", "policy",
            "aws:iam/userPolicy:UserPolicy", "policy",
            "aws:s3/bucketPolicy:BucketPolicy", "policy",
            "aws:kms/key:Key", "policy");
    private static final String ROLE = "aws:iam/role:Role";
    private static final Set<String> READ_VERBS = Set.of("Describe", "List", "Get");

    private AwsIamRules() {}

    static List<PolicyRule> rules() {
        return List.of(
                new PolicyRule("SLW-AWS-008", HIGH, "No wildcard actions in Allow statements",
                        "A wildcard grants every action the service adds later; reviews must see exactly what a role can do.",
                        "checkov CKV_AWS_63, CKV_AWS_62, CKV_AWS_1", g -> statements(g, (r, s) -> {
                            List<String> wild = s.actions().stream().filter(a -> a.contains("*")).toList();
                            return s.allows() && !wild.isEmpty() ? s.label() + " allows the wildcard action(s) " + wild : null;
                        })),
                new PolicyRule("SLW-AWS-009", HIGH, "No write actions on every resource without a condition",
                        "A write on Resource \"*\" with no condition reaches resources of other systems in the account.",
                        "checkov CKV_AWS_290, CKV_AWS_355", g -> statements(g, (r, s) -> {
                            List<String> writes = s.actions().stream().filter(AwsIamRules::isWrite).toList();
                            boolean unconstrained = s.allows() && s.resources().contains("*") && s.condition().isEmpty()
                                    && !r.type().equals("aws:kms/key:Key");
                            return unconstrained && !writes.isEmpty()
                                    ? s.label() + " allows " + writes + " on every resource (\"*\") without a condition" : null;
                        })),
                new PolicyRule("SLW-AWS-010", HIGH, "IRSA trust pins the exact service account and audience",
                        "A wildcard or missing subject lets any pod of any namespace assume the role.",
                        "none (checkov has no IRSA check; CIS EKS 5.1.x recommends least-privilege workload identities)",
                        AwsIamRules::irsaSubjects),
                new PolicyRule("SLW-AWS-007", HIGH, "Key policies name their principals, never \"*\"",
                        "A key policy allowing \"*\" lets any AWS account use or manage the key.",
                        "checkov CKV_AWS_33", g -> Checks.each(g, "aws:kms/key:Key", r -> IamStatement.parse(r.input("policy").orElse(null))
                                .stream().filter(s -> s.allows() && s.principals().contains("*"))
                                .findFirst().map(s -> s.label() + " allows the principal \"*\"").orElse(null))));
    }

    /** A write is anything that is not Describe*, List* or Get*. */
    static boolean isWrite(String action) {
        int colon = action.indexOf(':');
        String verb = colon < 0 ? action : action.substring(colon + 1);
        return READ_VERBS.stream().noneMatch(verb::startsWith);
    }

    private static List<Violation> statements(PlanGraph g, StatementCheck check) {
        List<Violation> found = new ArrayList<>();
        POLICY_INPUTS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            for (RegisteredResource r : g.ofType(entry.getKey())) {
                for (IamStatement s : IamStatement.parse(r.input(entry.getValue()).orElse(null))) {
                    String message = check.check(r, s);
                    if (message != null) {
                        found.add(Violation.of(r, message));
                    }
                }
            }
        });
        return found;
    }

    private static List<Violation> irsaSubjects(PlanGraph g) {
        return Checks.each(g, ROLE, r -> {
            for (IamStatement s : IamStatement.parse(r.input("assumeRolePolicy").orElse(null))) {
                if (!s.allows() || !s.actions().contains("sts:AssumeRoleWithWebIdentity")) {
                    continue;
                }
                Map<String, Object> equals = s.condition().getOrDefault("StringEquals", Map.of());
                List<String> subjects = valuesOfKeyEnding(equals, ":sub");
                List<String> audiences = valuesOfKeyEnding(equals, ":aud");
                if (subjects.isEmpty() || subjects.stream().anyMatch(v -> v.contains("*") || !v.startsWith("system:serviceaccount:"))) {
                    return s.label() + " does not pin StringEquals <issuer>:sub to one system:serviceaccount:<ns>:<name>, got "
                            + (subjects.isEmpty() ? "none" : subjects);
                }
                if (!audiences.equals(List.of("sts.amazonaws.com"))) {
                    return s.label() + " does not pin StringEquals <issuer>:aud to sts.amazonaws.com, got "
                            + (audiences.isEmpty() ? "none" : audiences);
                }
            }
            return null;
        });
    }

    private static List<String> valuesOfKeyEnding(Map<String, Object> block, String suffix) {
        List<String> values = new ArrayList<>();
        block.forEach((key, value) -> {
            if (key.endsWith(suffix)) {
                values.addAll(Inputs.strings(value));
            }
        });
        return values;
    }

    @FunctionalInterface
    private interface StatementCheck {
        String check(RegisteredResource resource, IamStatement statement);
    }
}
