package io.slipway.aws;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.cluster.FoundationExports;
import io.slipway.cluster.ParentStack;
import java.util.List;
import java.util.Map;

/**
 * An ephemeral AWS environment's foundation: nothing is created, the parent's VPC, KMS key, hosted
 * zone and backups bucket are read from the parent stack's outputs. This is what makes a child fast
 * (no NAT gateway, no zone) and cheap; it also means the child can never delete any of them.
 * Clusters depend on this component, so they wait for the read.
 */
public final class AwsParentFoundation extends ComponentResource implements AwsFoundationOutputs {
    public static final String TYPE = "slipway:aws:ParentFoundation";

    private final ParentStack parent;

    /**
     * @param name                the child environment's name
     * @param parentQualifiedName {@code <organization>/<project>/<parent stack>}
     */
    public AwsParentFoundation(String name, String parentQualifiedName) {
        super(TYPE, name, ComponentResourceOptions.builder().build());
        this.parent = new ParentStack(parentQualifiedName, this);
        registerOutputs(Map.of("vpcId", vpcId(), "hostedZoneId", dnsZoneId()));
    }

    @Override
    public Resource resource() {
        return this;
    }

    @Override
    public Resource network() {
        return this;
    }

    @Override
    public Output<String> dnsZoneId() {
        return parent.string(FoundationExports.DNS_ZONE_ID);
    }

    @Override
    public Output<List<String>> nameServers() {
        return parent.strings(FoundationExports.NAME_SERVERS);
    }

    @Override
    public Output<String> backupsBucket() {
        return parent.string(FoundationExports.BACKUPS_BUCKET);
    }

    @Override
    public Output<String> logsBucket() {
        return parent.string(FoundationExports.LOGS_BUCKET);
    }

    @Override
    public Output<String> vpcId() {
        return parent.string(FoundationExports.AWS_VPC_ID);
    }

    @Override
    public Output<List<String>> privateSubnetIds() {
        return parent.strings(FoundationExports.AWS_PRIVATE_SUBNET_IDS);
    }

    @Override
    public Output<List<String>> publicSubnetIds() {
        return parent.strings(FoundationExports.AWS_PUBLIC_SUBNET_IDS);
    }

    @Override
    public Output<String> kmsKeyArn() {
        return parent.string(FoundationExports.AWS_KMS_KEY_ARN);
    }

    @Override
    public Output<String> hostedZoneArn() {
        return parent.string(FoundationExports.AWS_HOSTED_ZONE_ARN);
    }

    @Override
    public Output<String> backupsBucketArn() {
        return parent.string(FoundationExports.AWS_BACKUPS_BUCKET_ARN);
    }
}
