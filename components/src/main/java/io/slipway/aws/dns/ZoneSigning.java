package io.slipway.aws.dns;

import com.pulumi.aws.Provider;
import com.pulumi.aws.ProviderArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.aws.route53.HostedZoneDnsSec;
import com.pulumi.aws.route53.HostedZoneDnsSecArgs;
import com.pulumi.aws.route53.KeySigningKey;
import com.pulumi.aws.route53.KeySigningKeyArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.slipway.aws.AwsAccount;
import io.slipway.aws.iam.PolicyDocument;
import io.slipway.aws.iam.PolicyStatement;
import io.slipway.aws.kms.KeyPolicy;
import io.slipway.cluster.EnvironmentContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * DNSSEC for the environment's Route 53 zone: an asymmetric KMS key in us-east-1 (the only region
 * Route 53 takes key-signing keys from, whatever the environment's region), a key-signing key made
 * from it, and signing switched on. Route 53 manages the zone-signing keys itself.
 *
 * <p>Signing alone proves nothing to resolvers: the parent domain must publish the zone's DS record
 * ({@link #dsRecord()}, the {@code dsRecord} stack output), see docs/aws.md. The key is protected:
 * deleting it while the parent still has the DS record makes the domain fail validation everywhere.
 */
public final class ZoneSigning extends ComponentResource {
    public static final String TYPE = "slipway:aws:ZoneSigning";
    /** Route 53 reads key-signing keys from KMS in this region only. */
    public static final String KEY_REGION = "us-east-1";
    static final String SERVICE = "dnssec-route53.amazonaws.com";

    private final Output<String> dsRecord;

    public ZoneSigning(String name, ZoneSigningArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var environment = args.environment();
        var usEast1 = new Provider(name + "-" + KEY_REGION, ProviderArgs.builder().region(KEY_REGION).build(),
                CustomResourceOptions.builder().parent(this).build());
        var tags = new TreeMap<>(environment.awsTags(EnvironmentContext.SHARED_SLOT, HostedZone.COMPONENT));
        tags.put("Name", environment.name() + "-dnssec");
        var key = new Key(name + "-dnssec", KeyArgs.builder()
                .description("DNSSEC key-signing key of the Slipway environment " + environment.name() + "'s zone")
                .keyUsage("SIGN_VERIFY")
                .customerMasterKeySpec("ECC_NIST_P256")
                // KMS rotates symmetric keys only; a KSK is rolled by adding a second one (docs/aws.md).
                .enableKeyRotation(false)
                .deletionWindowInDays(30)
                .policy(policy(args.account(), args.zoneArn()))
                .tags(tags)
                .build(), CustomResourceOptions.builder().parent(this).provider(usEast1).protect(true).build());
        var keySigningKey = new KeySigningKey(name + "-ksk", KeySigningKeyArgs.builder()
                .hostedZoneId(args.zoneId())
                .keyManagementServiceArn(key.arn())
                .name(kskName(environment.name()))
                .status("ACTIVE")
                .build(), CustomResourceOptions.builder().parent(this).build());
        new HostedZoneDnsSec(name + "-dnssec", HostedZoneDnsSecArgs.builder()
                .hostedZoneId(keySigningKey.hostedZoneId())
                .signingStatus("SIGNING")
                .build(), CustomResourceOptions.builder().parent(this).dependsOn(keySigningKey).build());
        this.dsRecord = keySigningKey.dsRecord();
        registerOutputs(Map.of("dsRecord", dsRecord));
    }

    /**
     * The key policy of Route 53's DNSSEC guide, narrowed: the account administers the key, and
     * Route 53's DNSSEC service may read and sign with it for this zone of this account only.
     */
    static Output<String> policy(AwsAccount account, Output<String> zoneArn) {
        return PolicyDocument.of(
                KeyPolicy.administration(account),
                PolicyStatement.allow("Route53DnssecSign", "kms:DescribeKey", "kms:GetPublicKey", "kms:Sign")
                        .principal("Service", Output.of(SERVICE))
                        .resources("*")
                        .condition("StringEquals", Output.of("aws:SourceAccount"), List.of(account.id()))
                        .condition("ArnLike", Output.of("aws:SourceArn"), List.of(zoneArn)),
                PolicyStatement.allow("Route53DnssecGrant", "kms:CreateGrant")
                        .principal("Service", Output.of(SERVICE))
                        .resources("*")
                        .condition("Bool", "kms:GrantIsForAWSResource", "true")
                        .condition("StringEquals", Output.of("aws:SourceAccount"), List.of(account.id())));
    }

    /** Key-signing key names allow letters, digits and underscores, 3 to 128 of them. */
    static String kskName(String environmentName) {
        return ("slipway_" + environmentName).replaceAll("[^A-Za-z0-9_]", "_");
    }

    /** The DS record to publish in the parent zone: {@code <key tag> 13 2 <digest>}. */
    public Output<String> dsRecord() {
        return dsRecord;
    }
}
