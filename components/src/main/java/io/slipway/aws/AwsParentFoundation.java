package io.slipway.aws;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import io.slipway.cluster.FoundationExports;
import io.slipway.cluster.ParentFoundation;
import java.util.List;
import java.util.Map;

/**
 * An ephemeral AWS environment's {@link ParentFoundation}: besides the zone and the buckets, the
 * parent's VPC and subnets, its KMS key and its hosted zone's ARN, read from the parent stack.
 */
public final class AwsParentFoundation extends ParentFoundation implements AwsFoundationOutputs {
    public static final String TYPE = "slipway:aws:ParentFoundation";

    /**
     * @param name                the child environment's name
     * @param parentQualifiedName {@code <organization>/<project>/<parent stack>}
     */
    public AwsParentFoundation(String name, String parentQualifiedName) {
        super(TYPE, name, parentQualifiedName);
        registerOutputs(Map.of("vpcId", vpcId(), "hostedZoneId", dnsZoneId()));
    }

    @Override
    public Resource network() {
        return this;
    }

    @Override
    public Output<String> vpcId() {
        return parent().string(FoundationExports.AWS_VPC_ID);
    }

    @Override
    public Output<List<String>> privateSubnetIds() {
        return parent().strings(FoundationExports.AWS_PRIVATE_SUBNET_IDS);
    }

    @Override
    public Output<List<String>> publicSubnetIds() {
        return parent().strings(FoundationExports.AWS_PUBLIC_SUBNET_IDS);
    }

    @Override
    public Output<String> kmsKeyArn() {
        return parent().string(FoundationExports.AWS_KMS_KEY_ARN);
    }

    @Override
    public Output<String> hostedZoneArn() {
        return parent().string(FoundationExports.AWS_HOSTED_ZONE_ARN);
    }

    @Override
    public Output<String> backupsBucketArn() {
        return parent().string(FoundationExports.AWS_BACKUPS_BUCKET_ARN);
    }
}
