package io.slipway.aws;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import io.slipway.aws.dns.HostedZone;
import io.slipway.aws.dns.HostedZoneArgs;
import io.slipway.aws.dns.ZoneSigning;
import io.slipway.aws.dns.ZoneSigningArgs;
import io.slipway.aws.eks.EksCluster;
import io.slipway.aws.kms.EnvironmentKey;
import io.slipway.aws.kms.EnvironmentKeyArgs;
import io.slipway.aws.network.AwsNetwork;
import io.slipway.aws.network.AwsNetworkArgs;
import io.slipway.aws.network.VpcFlowLogs;
import io.slipway.aws.storage.LogBucket;
import io.slipway.aws.storage.LogBucketArgs;
import io.slipway.aws.storage.SecureBucket;
import io.slipway.aws.storage.SecureBucketArgs;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.cluster.FoundationExports;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.Tier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an AWS environment keeps while its cluster slots come and go: the network, the environment's
 * KMS key, its Route 53 zone, the backups bucket (object-locked, access-logged) and the log bucket.
 * The key, zone and buckets hold what cannot be rebuilt (encrypted data, a delegated domain, backups,
 * the audit trail) and are protected; the network can be rebuilt from the spec at any time, so it is not.
 */
public final class AwsFoundation extends ComponentResource implements AwsFoundationOutputs {
    public static final String TYPE = "slipway:aws:Foundation";
    public static final String BACKUPS_COMPONENT = "backups";
    public static final String LOGS_COMPONENT = "logs";

    private final AwsNetwork network;
    private final EnvironmentKey key;
    private final HostedZone zone;
    private final SecureBucket backups;
    private final LogBucket logs;
    private final ZoneSigning signing;

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
        boolean dnssec = environment.spec().aws() == null ? environment.spec().tier() == Tier.PROD
                : environment.spec().aws().dnssecFor(environment.spec().tier());
        this.signing = dnssec ? new ZoneSigning(name, new ZoneSigningArgs(environment, account, zone.zoneId(), zone.zoneArn()),
                childOptions()) : null;
        var spec = environment.spec();
        Output<String> backupsName = account.id().applyValue(id -> backupsBucketName(environment.name(), id, spec.region()));
        Output<String> backupsArn = Output.tuple(account.partition(), backupsName).applyValue(t -> "arn:" + t.t1 + ":s3:::" + t.t2);
        this.logs = new LogBucket(name + "-logs", new LogBucketArgs(
                account.id().applyValue(id -> logsBucketName(environment.name(), id, spec.region())), account,
                List.of(backupsArn), spec.logs().retentionDaysFor(spec.tier()),
                environment.awsTags(EnvironmentContext.SHARED_SLOT, LOGS_COMPONENT)), childOptions());
        var backupsTags = new TreeMap<>(environment.awsTags(EnvironmentContext.SHARED_SLOT, BACKUPS_COMPONENT));
        this.backups = new SecureBucket(name + "-backups", new SecureBucketArgs(backupsName,
                key.keyArn(), backupsTags, args.backupsNoncurrentVersionDays(), true,
                spec.addons().backups().lockDaysFor(spec.tier()), logs.bucketName()), childOptions());
        this.network = new AwsNetwork(name, new AwsNetworkArgs(environment, account, key.keyArn(), args.flowLogRetentionDays()),
                childOptions());
        var outputs = new TreeMap<String, Output<?>>(Map.of(
                "vpcId", vpcId(), "privateSubnetIds", privateSubnetIds(), "publicSubnetIds", publicSubnetIds(),
                "kmsKeyArn", kmsKeyArn(), "hostedZoneId", dnsZoneId(), "nameServers", nameServers(),
                "backupsBucket", backupsBucket(), "logsBucket", logsBucket()));
        dsRecord().ifPresent(ds -> outputs.put("dsRecord", ds));
        registerOutputs(outputs);
    }

    /** {@code <environment>-backups-<account>-<region>}: globally unique, and says whose backups it holds. */
    public static String backupsBucketName(String environmentName, String accountId, String region) {
        return environmentName + "-backups-" + accountId + "-" + region;
    }

    /** {@code <environment>-logs-<account>-<region>}: the access logs of the environment's buckets and load balancers. */
    public static String logsBucketName(String environmentName, String accountId, String region) {
        return environmentName + "-logs-" + accountId + "-" + region;
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
    public Map<String, Output<?>> exports() {
        return Map.of(
                FoundationExports.AWS_VPC_ID, vpcId(),
                FoundationExports.AWS_PRIVATE_SUBNET_IDS, privateSubnetIds(),
                FoundationExports.AWS_PUBLIC_SUBNET_IDS, publicSubnetIds(),
                FoundationExports.AWS_KMS_KEY_ARN, kmsKeyArn(),
                FoundationExports.AWS_HOSTED_ZONE_ARN, hostedZoneArn(),
                FoundationExports.AWS_BACKUPS_BUCKET_ARN, backupsBucketArn());
    }

    @Override
    public Optional<Output<String>> dsRecord() {
        return Optional.ofNullable(signing).map(ZoneSigning::dsRecord);
    }

    @Override
    public Output<String> logsBucket() {
        return logs.bucketName();
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
