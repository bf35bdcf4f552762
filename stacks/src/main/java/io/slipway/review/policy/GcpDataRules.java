package io.slipway.review.policy;

import static io.slipway.review.policy.Checks.each;
import static io.slipway.review.policy.Severity.HIGH;
import static io.slipway.review.policy.Severity.MEDIUM;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** GCS buckets, Cloud KMS, Cloud DNS, subnetworks and IAM grants. */
final class GcpDataRules {
    private static final String BUCKET = "gcp:storage/bucket:Bucket";
    private static final long NINETY_DAYS_SECONDS = 90L * 24 * 3600;
    /** {@code serviceAccount:<project>.svc.id.goog[<namespace>/<service account>]}, nothing wild. */
    private static final Pattern WORKLOAD_MEMBER = Pattern.compile("serviceAccount:[a-z0-9.-]+\\.svc\\.id\\.goog\\[[a-z0-9-]+/[a-z0-9-]+\\]");
    private static final Set<String> BASIC_ROLES = Set.of("roles/owner", "roles/editor", "roles/viewer");

    private GcpDataRules() {}

    static List<PolicyRule> rules() {
        return List.of(
                new PolicyRule("SLW-GCP-010", HIGH, "GCS buckets enforce public access prevention and uniform access",
                        "One allUsers grant on the backups bucket publishes every cluster backup.",
                        "checkov CKV_GCP_114, CKV_GCP_29; CIS GCP Foundations 5.1, 5.2", g -> each(g, BUCKET, r ->
                                "enforced".equals(Inputs.text(r, "publicAccessPrevention").orElse(""))
                                        && Inputs.isTrue(r, "uniformBucketLevelAccess") ? null
                                        : "publicAccessPrevention is not enforced or uniformBucketLevelAccess is not true")),
                new PolicyRule("SLW-GCP-011", MEDIUM, "GCS buckets versioned or under a retention policy",
                        "Versioning lets a deleted or overwritten backup be recovered; a retention policy (which GCS does"
                                + " not allow next to versioning) forbids deleting or overwriting it at all.",
                        "checkov CKV_GCP_78", g -> each(g, BUCKET, r ->
                                Inputs.isTrue(r, "versioning.enabled")
                                        || Inputs.number(r, "retentionPolicy.retentionPeriod").filter(p -> p > 0).isPresent() ? null
                                        : "versioning.enabled is not true and there is no retention policy")),
                new PolicyRule("SLW-GCP-012", MEDIUM, "GCS buckets encrypted with a Cloud KMS key",
                        "A customer key puts reading backups under the key's IAM, not only the bucket's.",
                        "none (checkov has no CMEK check for GCS buckets)", g -> each(g, BUCKET, r ->
                                Inputs.text(r, "encryption.defaultKmsKeyName").filter(k -> !k.isBlank()).isPresent() ? null
                                        : "encryption.defaultKmsKeyName is not set")),
                new PolicyRule("SLW-GCP-013", MEDIUM, "Cloud KMS keys rotate at least every 90 days",
                        "Rotation limits how much data one key version protects if it leaks.",
                        "checkov CKV_GCP_43; CIS GCP Foundations 1.10", g -> each(g, "gcp:kms/cryptoKey:CryptoKey", r -> {
                            String period = Inputs.text(r, "rotationPeriod").orElse("");
                            long seconds = period.matches("\\d+(\\.\\d+)?s") ? (long) Double.parseDouble(period.replace("s", "")) : -1;
                            return seconds > 0 && seconds <= NINETY_DAYS_SECONDS ? null
                                    : "rotationPeriod is " + (period.isEmpty() ? "not set" : period) + ", not at most 7776000s";
                        })),
                new PolicyRule("SLW-GCP-014", MEDIUM, "DNSSEC on public zones",
                        "DNSSEC stops spoofed answers from sending clients and ACME challenges elsewhere.",
                        "checkov CKV_GCP_16; CIS GCP Foundations 3.3", g -> each(g, "gcp:dns/managedZone:ManagedZone", r ->
                                "private".equals(Inputs.text(r, "visibility").orElse("public"))
                                        || "on".equals(Inputs.text(r, "dnssecConfig.state").orElse("")) ? null
                                        : "dnssecConfig.state is not on")),
                new PolicyRule("SLW-GCP-015", MEDIUM, "Subnetwork flow logs on",
                        "Flow logs are the only record of who talked to what when investigating an incident.",
                        "checkov CKV_GCP_26; CIS GCP Foundations 3.8", g -> each(g, "gcp:compute/subnetwork:Subnetwork", r ->
                                r.input("logConfig").isPresent() ? null : "logConfig is not set")),
                new PolicyRule("SLW-GCP-016", HIGH, "Workload Identity grants name one Kubernetes service account",
                        "A wildcard member lets any pod of any namespace act as the Google service account.",
                        "none (checkov has no Workload Identity member check)", g -> each(g, "gcp:serviceaccount/iAMMember:IAMMember", r ->
                                !"roles/iam.workloadIdentityUser".equals(Inputs.text(r, "role").orElse(""))
                                        || WORKLOAD_MEMBER.matcher(Inputs.text(r, "member").orElse("")).matches() ? null
                                        : "member " + Inputs.text(r, "member").orElse("(none)")
                                                + " is not serviceAccount:<project>.svc.id.goog[<namespace>/<name>]")),
                new PolicyRule("SLW-GCP-017", HIGH, "No basic roles (owner, editor, viewer) on the project",
                        "Basic roles grant thousands of permissions; every Slipway identity gets a role with what it needs.",
                        "CIS GCP Foundations 1.5", g -> each(g, "gcp:projects/iAMMember:IAMMember", r ->
                                BASIC_ROLES.contains(Inputs.text(r, "role").orElse("")) ? "grants the basic role " + Inputs.text(r, "role").get()
                                        : null)));
    }
}
