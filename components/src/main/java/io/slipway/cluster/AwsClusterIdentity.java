package io.slipway.cluster;

import com.pulumi.core.Output;

/**
 * What an AWS add-on needs to give itself a least-privilege IRSA role.
 *
 * @param oidcProviderArn the cluster's IAM OIDC provider, trusted by IRSA roles
 * @param oidcIssuerHost  the issuer URL without {@code https://}, the prefix of the trust conditions' keys
 * @param accountId       the AWS account id
 * @param partition       the AWS partition ({@code aws}, {@code aws-cn}, {@code aws-us-gov})
 * @param region          the region the cluster runs in
 * @param hostedZoneArn   the environment's Route 53 zone, for DNS writers
 * @param backupsBucketArn the backups bucket, for Velero
 * @param kmsKeyArn       the environment's KMS key, which encrypts volumes and their snapshots (Velero restores them)
 * @param vpcId           the VPC the cluster runs in, for the load balancer controller (pods cannot reach IMDS)
 */
public record AwsClusterIdentity(
        Output<String> oidcProviderArn,
        Output<String> oidcIssuerHost,
        Output<String> accountId,
        Output<String> partition,
        String region,
        Output<String> hostedZoneArn,
        Output<String> backupsBucketArn,
        Output<String> kmsKeyArn,
        Output<String> vpcId) {}
