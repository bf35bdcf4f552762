package io.slipway.aws.network;

import com.pulumi.core.Output;
import io.slipway.aws.AwsAccount;
import io.slipway.aws.iam.PolicyDocument;
import io.slipway.aws.iam.PolicyStatement;
import java.util.List;

/**
 * The policy of the VPC's S3 gateway endpoint: requests through it reach the account's own buckets
 * and the AWS-owned buckets nodes read from, nothing else, so a compromised pod cannot copy data out
 * to a bucket of another account over the private route (that traffic has to take the NAT gateway,
 * where flow logs see it). The endpoint policy grants nothing: IAM still decides who may do what.
 */
public final class S3EndpointPolicy {
    private S3EndpointPolicy() {}

    /**
     * Buckets AWS owns that nodes read through the endpoint, by region: ECR image layers, the Amazon
     * Linux 2023 and 2 package repositories, and the SSM agent's packages and documents.
     */
    static List<String> awsOwnedBuckets(String region) {
        return List.of(
                "prod-" + region + "-starport-layer-bucket",
                "al2023-repos-" + region + "-*",
                "amazonlinux-2-repos-" + region,
                "amazon-ssm-" + region,
                "amazon-ssm-packages-" + region,
                region + "-birdwatcher-prod",
                "aws-ssm-" + region,
                "aws-ssm-document-attachments-" + region,
                "patch-baseline-snapshot-" + region);
    }

    public static Output<String> of(AwsAccount account) {
        List<Output<String>> awsOwnedObjects = awsOwnedBuckets(account.region()).stream()
                .map(bucket -> account.partition().applyValue(partition -> "arn:" + partition + ":s3:::" + bucket + "/*"))
                .toList();
        return PolicyDocument.of(
                PolicyStatement.boundaryOfEveryActionOf("AccountBuckets", "s3")
                        .principal("*", Output.of("*"))
                        .resources("*")
                        .condition("StringEquals", Output.of("aws:ResourceAccount"), List.of(account.id())),
                PolicyStatement.allow("AwsOwnedBuckets", "s3:GetObject")
                        .principal("*", Output.of("*"))
                        .resources(awsOwnedObjects));
    }
}
