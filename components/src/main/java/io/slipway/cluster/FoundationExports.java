package io.slipway.cluster;

/**
 * The stack outputs through which a long-lived environment hands its foundation to its ephemeral
 * children: the parent's program exports them, a child's {@link ParentStack} reads them. One list,
 * so the two sides cannot drift apart.
 */
public final class FoundationExports {
    /** Route 53 hosted zone id, or the Cloud DNS managed zone name. */
    public static final String DNS_ZONE_ID = "dnsZoneId";
    public static final String NAME_SERVERS = "nameServers";
    public static final String BACKUPS_BUCKET = "backupsBucket";
    /** Access logs of the backups bucket (and on AWS of the load balancers). */
    public static final String LOGS_BUCKET = "logsBucket";
    /** The environment's domain; children's records live under {@code *.CHILD.<domain>}. */
    public static final String DOMAIN = "domain";

    public static final String AWS_VPC_ID = "vpcId";
    public static final String AWS_PRIVATE_SUBNET_IDS = "privateSubnetIds";
    public static final String AWS_PUBLIC_SUBNET_IDS = "publicSubnetIds";
    public static final String AWS_KMS_KEY_ARN = "kmsKeyArn";
    public static final String AWS_HOSTED_ZONE_ARN = "hostedZoneArn";
    public static final String AWS_BACKUPS_BUCKET_ARN = "backupsBucketArn";

    public static final String GCP_NETWORK = "network";
    public static final String GCP_SUBNETWORK = "subnetwork";
    public static final String GCP_PODS_RANGE = "podsRangeName";
    public static final String GCP_SERVICES_RANGE = "servicesRangeName";
    public static final String GCP_CLUSTER_SECRETS_KEY = "clusterSecretsKey";

    private FoundationExports() {}
}
