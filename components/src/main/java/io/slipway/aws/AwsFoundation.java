package io.slipway.aws;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.aws.dns.HostedZone;
import io.slipway.aws.dns.HostedZoneArgs;
import io.slipway.aws.eks.EksCluster;
import io.slipway.aws.kms.EnvironmentKey;
import io.slipway.aws.kms.EnvironmentKeyArgs;
import io.slipway.aws.network.AwsNetwork;
import io.slipway.aws.network.AwsNetworkArgs;
import io.slipway.aws.network.VpcFlowLogs;
import io.slipway.aws.storage.SecureBucket;
import io.slipway.aws.storage.SecureBucketArgs;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.model.EnvironmentSpec;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an AWS environment keeps while its cluster slots come and go: the network, the environment's
 * KMS key, its Route 53 zone and the backups bucket. The key, zone and bucket hold what cannot be
 * rebuilt (encrypted data, a delegated domain, backups) and are protected; the network can be
 * rebuilt from the spec at any time, so it is not.
 */
public final class AwsFoundation extends ComponentResource implements AwsFoundationOutputs {
    public static final String TYPE = "slipway:aws:Foundation";
    public static final String BACKUPS_COMPONENT = "backups";
    /** Where load balancers of the environment's slots deliver access logs in the backups bucket: {@code lb-logs/<cluster>/}. */
    public static final String LOAD_BALANCER_LOG_PREFIX = "lb-logs";

    private final AwsNetwork network;
    private final EnvironmentKey key;
    private final HostedZone zone;
    private final SecureBucket backups;

    public AwsFoundation(EnvironmentContext environment) {
        this(environment.name(), AwsFoundationArgs.defaults(environment), ComponentResourceOptions.builder().build());
    }

    public AwsFoundation(String name, AwsFoundationArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var environment = args.environment();
        var account = AwsAccount.lookup(environment.spec().region());
        var existingVpc = environment.spec().aws() != null && environment.spec().aws().existingVpc() != null;
        // The key policy names every log group encrypted with the key up front, so CloudWatch Logs can
        // encrypt each on creation: the flow logs, and the control-plane logs of both slots, so that
        // adding a slot during an upgrade does not touch the protected foundation's key policy.
        var logGroups = new java.util.ArrayList<String>();
        if (!existingVpc) {
            logGroups.add(VpcFlowLogs.logGroupName(environment.name()));
        }
        for (String slot : List.of(EnvironmentSpec.BLUE, EnvironmentSpec.GREEN)) {
            logGroups.add(EksCluster.logGroupName(environment, slot));
        }
        this.key = new EnvironmentKey(name, new EnvironmentKeyArgs(environment, account, logGroups, null), childOptions());
        this.zone = new HostedZone(name, new HostedZoneArgs(environment), childOptions());
        var backupsTags = new TreeMap<>(environment.awsTags(EnvironmentContext.SHARED_SLOT, BACKUPS_COMPONENT));
        this.backups = new SecureBucket(name + "-backups", new SecureBucketArgs(
                account.id().applyValue(id -> backupsBucketName(environment.name(), id, environment.spec().region())),
                key.keyArn(), backupsTags, args.backupsNoncurrentVersionDays(), true,
                new SecureBucketArgs.LogDelivery(LOAD_BALANCER_LOG_PREFIX, account.id())), childOptions());
        this.network = new AwsNetwork(name, new AwsNetworkArgs(environment, account, key.keyArn(), args.flowLogRetentionDays()),
                childOptions());
        registerOutputs(Map.of(
                "vpcId", vpcId(), "privateSubnetIds", privateSubnetIds(), "publicSubnetIds", publicSubnetIds(),
                "kmsKeyArn", kmsKeyArn(), "hostedZoneId", dnsZoneId(), "nameServers", nameServers(),
                "backupsBucket", backupsBucket()));
    }

    /** {@code <environment>-backups-<account>-<region>}: globally unique, and says whose backups it holds. */
    public static String backupsBucketName(String environmentName, String accountId, String region) {
        return environmentName + "-backups-" + accountId + "-" + region;
    }

    private ComponentResourceOptions childOptions() {
        return ComponentResourceOptions.builder().parent(this).build();
    }

    @Override
    public Resource resource() {
        return this;
    }

    @Override
    public Output<String> dnsZoneId() {
        return zone.zoneId();
    }

    @Override
    public Output<List<String>> nameServers() {
        return zone.nameServers();
    }

    @Override
    public Output<String> backupsBucket() {
        return backups.bucketName();
    }

    @Override
    public Resource network() {
        return network;
    }

    @Override
    public Output<String> vpcId() {
        return network.vpcId();
    }

    @Override
    public Output<List<String>> privateSubnetIds() {
        return network.privateSubnetIds();
    }

    @Override
    public Output<List<String>> publicSubnetIds() {
        return network.publicSubnetIds();
    }

    @Override
    public Output<String> kmsKeyArn() {
        return key.keyArn();
    }

    @Override
    public Output<String> hostedZoneArn() {
        return zone.zoneArn();
    }

    @Override
    public Output<String> backupsBucketArn() {
        return backups.bucketArn();
    }
}
