package io.slipway.review.policy;

import static io.slipway.review.policy.Checks.each;
import static io.slipway.review.policy.Severity.HIGH;
import static io.slipway.review.policy.Severity.MEDIUM;

import io.slipway.offline.RegisteredResource;
import io.slipway.review.graph.PlanGraph;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** KMS keys, S3 buckets and the VPC. */
final class AwsDataRules {
    private static final String BUCKET = "aws:s3/bucketV2:BucketV2";
    private static final String VPC = "aws:ec2/vpc:Vpc";
    private static final List<String> PUBLIC_ACCESS_FLAGS = List.of("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls",
            "restrictPublicBuckets");

    private AwsDataRules() {}

    static List<PolicyRule> rules() {
        return List.of(
                new PolicyRule("SLW-AWS-006", MEDIUM, "KMS keys rotate yearly",
                        "Rotation limits how much data one key version protects if it leaks (AWS rotates symmetric keys"
                                + " only; an asymmetric signing key, such as DNSSEC's, cannot rotate automatically).",
                        "checkov CKV_AWS_7; CIS AWS Foundations 3.6", g -> each(g, "aws:kms/key:Key",
                                r -> !isSymmetric(r) || Inputs.isTrue(r, "enableKeyRotation") ? null : "enableKeyRotation is not true")),
                new PolicyRule("SLW-AWS-011", HIGH, "S3 buckets block every kind of public access",
                        "One public ACL or policy on the backups bucket publishes every cluster backup.",
                        "checkov CKV_AWS_53, CKV_AWS_54, CKV_AWS_55, CKV_AWS_56; CIS AWS Foundations 2.1.4",
                        g -> each(g, BUCKET, bucket -> companion(g, bucket, "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
                                pab -> PUBLIC_ACCESS_FLAGS.stream().allMatch(flag -> Inputs.isTrue(pab, flag)))
                                .isPresent() ? null : "no BucketPublicAccessBlock with " + String.join(", ", PUBLIC_ACCESS_FLAGS) + " all true")),
                new PolicyRule("SLW-AWS-012", MEDIUM, "S3 buckets versioned",
                        "Versioning lets a deleted or overwritten backup be recovered.",
                        "checkov CKV_AWS_21", g -> each(g, BUCKET, bucket -> companion(g, bucket,
                                "aws:s3/bucketVersioningV2:BucketVersioningV2",
                                v -> "Enabled".equals(Inputs.text(v, "versioningConfiguration.status").orElse("")))
                                .isPresent() ? null : "no BucketVersioningV2 with status Enabled")),
                new PolicyRule("SLW-AWS-013", MEDIUM, "S3 buckets encrypted with a KMS key",
                        "A customer key puts reading backups under the key policy, not only the bucket policy. A bucket"
                                + " AWS log delivery writes to (S3 server access logs, load balancer logs) must use SSE-S3:"
                                + " neither delivers to SSE-KMS.",
                        "checkov CKV_AWS_145", g -> each(g, BUCKET, bucket -> companion(g, bucket,
                                "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
                                e -> "aws:kms".equals(sseAlgorithm(e))
                                        && Inputs.text(e, "rules.0.applyServerSideEncryptionByDefault.kmsMasterKeyId").isPresent()
                                        || "AES256".equals(sseAlgorithm(e)) && receivesAwsLogDelivery(g, bucket))
                                .isPresent() ? null : "no server-side encryption configuration with aws:kms and a key")),
                new PolicyRule("SLW-AWS-014", MEDIUM, "VPC flow logs capture all traffic",
                        "Flow logs are the only record of who talked to what when investigating an incident.",
                        "checkov CKV2_AWS_11; CIS AWS Foundations 3.7", g -> each(g, VPC, vpc -> companion(g, vpc,
                                "aws:ec2/flowLog:FlowLog", f -> "ALL".equals(Inputs.text(f, "trafficType").orElse("")))
                                .isPresent() ? null : "no flow log with trafficType ALL")),
                new PolicyRule("SLW-AWS-015", MEDIUM, "The default security group allows no traffic",
                        "Anything launched without a security group lands in the default one; it must be closed.",
                        "checkov CKV2_AWS_12; CIS AWS Foundations 5.4", g -> each(g, VPC, vpc -> companion(g, vpc,
                                "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup",
                                sg -> Inputs.strings(sg, "ingress").isEmpty() && Inputs.strings(sg, "egress").isEmpty())
                                .isPresent() ? null : "no DefaultSecurityGroup with empty ingress and egress")));
    }

    private static boolean isSymmetric(RegisteredResource key) {
        String spec = Inputs.text(key, "customerMasterKeySpec").or(() -> Inputs.text(key, "keySpec")).orElse("SYMMETRIC_DEFAULT");
        return spec.equals("SYMMETRIC_DEFAULT");
    }

    private static String sseAlgorithm(RegisteredResource encryption) {
        return Inputs.text(encryption, "rules.0.applyServerSideEncryptionByDefault.sseAlgorithm").orElse("");
    }

    /** Whether the bucket's policy lets an AWS log delivery service write into it. */
    private static boolean receivesAwsLogDelivery(PlanGraph g, RegisteredResource bucket) {
        return companion(g, bucket, "aws:s3/bucketPolicy:BucketPolicy", p -> Inputs.text(p, "policy")
                .filter(policy -> policy.contains("logging.s3.amazonaws.com") || policy.contains("delivery.logs.amazonaws.com"))
                .isPresent()).isPresent();
    }

    /**
     * The resource of {@code type} that configures {@code owner} (depends on it, or names the same bucket)
     * and satisfies {@code ok}.
     */
    private static Optional<RegisteredResource> companion(PlanGraph g, RegisteredResource owner, String type,
                                                          Predicate<RegisteredResource> ok) {
        Optional<Object> bucketName = owner.input("bucket");
        return g.ofType(type).stream()
                .filter(c -> c.dependencies().contains(owner.urn()) || (bucketName.isPresent() && bucketName.equals(c.input("bucket"))))
                .filter(ok)
                .findFirst();
    }
}
