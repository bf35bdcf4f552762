package io.slipway.aws;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import io.slipway.cluster.Foundation;
import java.util.List;

/**
 * What an AWS environment's foundation offers its EKS slots, beyond what every cloud's does: the
 * network to place clusters in, and the ARNs least-privilege policies are scoped to.
 */
public interface AwsFoundationOutputs extends Foundation {
    /**
     * The network component. Clusters depend on all of it, not only on the private subnets they are
     * placed in: their load balancers live in the public subnets behind the internet gateway, so
     * nothing of the network may be deleted before a cluster and what runs on it.
     */
    Resource network();

    Output<String> vpcId();

    /** One private subnet per zone: nodes, the control plane's ENIs and internal load balancers. */
    Output<List<String>> privateSubnetIds();

    /** One public subnet per zone: internet-facing load balancers only (empty for an existing VPC without any). */
    Output<List<String>> publicSubnetIds();

    /** The environment's KMS key: Kubernetes secrets envelope encryption, node volumes, backups. */
    Output<String> kmsKeyArn();

    Output<String> hostedZoneArn();

    Output<String> backupsBucketArn();
}
