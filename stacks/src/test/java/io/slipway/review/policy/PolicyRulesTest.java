package io.slipway.review.policy;

import static io.slipway.review.PlanFixtures.AWS;
import static io.slipway.review.PlanFixtures.GCP;
import static io.slipway.review.PlanFixtures.inputs;
import static io.slipway.review.PlanFixtures.removeAll;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.review.PlanFixtures;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in rule both ways: the plan of the shipped environment complies, and the same plan
 * with one input changed violates it, on the resource that was changed.
 */
class PolicyRulesTest {
    private static final PolicyCatalog CATALOG = PolicyCatalog.builtIn();
    private static final String EKS = "aws:eks/cluster:Cluster";
    private static final String LT = "aws:ec2/launchTemplate:LaunchTemplate";
    private static final String GKE = "gcp:container/cluster:Cluster";
    private static final String POOL = "gcp:container/nodePool:NodePool";
    private static final String BUCKET = "gcp:storage/bucket:Bucket";

    /** One violating fixture: which rule, on which plan, what changes, which resource should be named. */
    record Case(String rule, String fixture, Consumer<ObjectNode> breakIt, String resourceName, String messagePart) {
        @Override
        public String toString() {
            return rule + ": " + messagePart;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("SLW-AWS-001", AWS, t -> inputs(t, EKS, null).withObjectProperty("vpcConfig").putArray("publicAccessCidrs").add("0.0.0.0/0"),
                        "dev-blue", "open to [0.0.0.0/0]"),
                new Case("SLW-AWS-002", AWS, t -> inputs(t, EKS, null).remove("encryptionConfig"), "dev-blue", "secrets"),
                new Case("SLW-AWS-003", AWS, t -> inputs(t, EKS, null).putArray("enabledClusterLogTypes").add("api"),
                        "dev-blue", "[audit, authenticator, controllerManager, scheduler]"),
                new Case("SLW-AWS-004", AWS, t -> inputs(t, LT, "dev-blue-workers").withObjectProperty("metadataOptions").put("httpPutResponseHopLimit", 2),
                        "dev-blue-workers", "httpPutResponseHopLimit is 2"),
                new Case("SLW-AWS-005", AWS, t -> ((ObjectNode) inputs(t, LT, "dev-blue-system").get("blockDeviceMappings").get(0).get("ebs"))
                        .put("encrypted", "false"), "dev-blue-system", "not encrypted"),
                new Case("SLW-AWS-006", AWS, t -> inputs(t, "aws:kms/key:Key", null).put("enableKeyRotation", false), "dev", "enableKeyRotation"),
                new Case("SLW-AWS-007", AWS, t -> inputs(t, "aws:kms/key:Key", null).put("policy", policy(
                        "{\"Sid\":\"Anyone\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"kms:Decrypt\",\"Resource\":\"*\"}")),
                        "dev", "statement 'Anyone' allows the principal \"*\""),
                new Case("SLW-AWS-008", AWS, t -> inputs(t, "aws:iam/rolePolicy:RolePolicy", "dev-blue-external-dns").put("policy", policy(
                        "{\"Sid\":\"All\",\"Effect\":\"Allow\",\"Action\":\"route53:*\",\"Resource\":\"arn:aws:route53:::hostedzone/Z1\"}")),
                        "dev-blue-external-dns", "wildcard action(s) [route53:*]"),
                new Case("SLW-AWS-009", AWS, t -> inputs(t, "aws:iam/rolePolicy:RolePolicy", "dev-blue-velero").put("policy", policy(
                        "{\"Sid\":\"Snap\",\"Effect\":\"Allow\",\"Action\":[\"ec2:DescribeVolumes\",\"ec2:CreateSnapshot\"],\"Resource\":\"*\"}")),
                        "dev-blue-velero", "allows [ec2:CreateSnapshot] on every resource"),
                new Case("SLW-AWS-010", AWS, t -> {
                    ObjectNode role = inputs(t, "aws:iam/role:Role", "dev-blue-velero");
                    role.put("assumeRolePolicy", role.get("assumeRolePolicy").asText().replace("system:serviceaccount:velero:velero", "system:serviceaccount:velero:*"));
                }, "dev-blue-velero", "system:serviceaccount:velero:*"),
                new Case("SLW-AWS-011", AWS, t -> inputs(t, "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", null)
                        .put("restrictPublicBuckets", false), "dev-backups", "BucketPublicAccessBlock"),
                new Case("SLW-AWS-012", AWS, t -> inputs(t, "aws:s3/bucketVersioningV2:BucketVersioningV2", null)
                        .withObjectProperty("versioningConfiguration").put("status", "Suspended"), "dev-backups", "Enabled"),
                new Case("SLW-AWS-013", AWS, t -> removeAll(t,
                        "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2"), "dev-backups", "aws:kms"),
                new Case("SLW-AWS-014", AWS, t -> removeAll(t, "aws:ec2/flowLog:FlowLog"), "dev", "flow log"),
                new Case("SLW-AWS-015", AWS, t -> inputs(t, "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", null).putArray("egress")
                        .addObject().put("protocol", "-1").putArray("cidrBlocks").add("0.0.0.0/0"), "dev", "DefaultSecurityGroup"),
                new Case("SLW-GCP-001", GCP, t -> inputs(t, GKE, null).withObjectProperty("privateClusterConfig").put("enablePrivateNodes", false),
                        "gcp-dev-blue", "enablePrivateNodes"),
                new Case("SLW-GCP-002", GCP, t -> inputs(t, GKE, null).remove("masterAuthorizedNetworksConfig"), "gcp-dev-blue", "cidrBlocks"),
                new Case("SLW-GCP-003", GCP, t -> inputs(t, POOL, "gcp-dev-blue-system").withObjectProperty("nodeConfig").withObjectProperty("shieldedInstanceConfig")
                        .put("enableSecureBoot", false), "gcp-dev-blue-system", "enableSecureBoot"),
                new Case("SLW-GCP-004", GCP, t -> inputs(t, POOL, "gcp-dev-blue-system").withObjectProperty("nodeConfig").withObjectProperty("workloadMetadataConfig")
                        .put("mode", "GCE_METADATA"), "gcp-dev-blue-system", "GKE_METADATA"),
                new Case("SLW-GCP-005", GCP, t -> inputs(t, POOL, "gcp-dev-blue-system").withObjectProperty("nodeConfig").withObjectProperty("metadata")
                        .remove("disable-legacy-endpoints"), "gcp-dev-blue-system", "disable-legacy-endpoints"),
                new Case("SLW-GCP-006", GCP, t -> inputs(t, GKE, null).withObjectProperty("masterAuth").withObjectProperty("clientCertificateConfig")
                        .put("issueClientCertificate", true), "gcp-dev-blue", "issueClientCertificate"),
                new Case("SLW-GCP-007", GCP, t -> inputs(t, POOL, "gcp-dev-blue-system").withObjectProperty("nodeConfig")
                        .put("serviceAccount", "123456-compute@developer.gserviceaccount.com"), "gcp-dev-blue-system", "Compute Engine default"),
                new Case("SLW-GCP-008", GCP, t -> inputs(t, GKE, null).withObjectProperty("databaseEncryption").put("state", "DECRYPTED"),
                        "gcp-dev-blue", "databaseEncryption"),
                new Case("SLW-GCP-009", GCP, t -> inputs(t, GKE, null).put("enableLegacyAbac", true), "gcp-dev-blue", "enableLegacyAbac"),
                new Case("SLW-GCP-010", GCP, t -> inputs(t, BUCKET, null).put("publicAccessPrevention", "inherited"),
                        "gcp-dev-backups", "publicAccessPrevention"),
                new Case("SLW-GCP-011", GCP, t -> inputs(t, BUCKET, null).withObjectProperty("versioning").put("enabled", false),
                        "gcp-dev-backups", "versioning.enabled"),
                new Case("SLW-GCP-012", GCP, t -> inputs(t, BUCKET, null).remove("encryption"), "gcp-dev-backups", "defaultKmsKeyName"),
                new Case("SLW-GCP-013", GCP, t -> inputs(t, "gcp:kms/cryptoKey:CryptoKey", "backups").put("rotationPeriod", "31536000s"),
                        "backups", "31536000s"),
                new Case("SLW-GCP-014", GCP, t -> inputs(t, "gcp:dns/managedZone:ManagedZone", null).withObjectProperty("dnssecConfig").put("state", "off"),
                        "gcp-dev-zone", "dnssecConfig.state"),
                new Case("SLW-GCP-015", GCP, t -> inputs(t, "gcp:compute/subnetwork:Subnetwork", null).remove("logConfig"),
                        "gcp-dev-europe-west1", "logConfig"),
                new Case("SLW-GCP-016", GCP, t -> inputs(t, "gcp:serviceaccount/iAMMember:IAMMember", "gcp-dev-blue-cert-manager-workload-identity")
                        .put("member", "serviceAccount:acme-platform-dev.svc.id.goog[cert-manager/*]"),
                        "gcp-dev-blue-cert-manager-workload-identity", "[cert-manager/*]"),
                new Case("SLW-GCP-017", GCP, t -> inputs(t, "gcp:projects/iAMMember:IAMMember", "gcp-dev-blue-external-dns-project-role")
                        .put("role", "roles/editor"), "gcp-dev-blue-external-dns-project-role", "roles/editor"),
                new Case("SLW-K8S-001", AWS, t -> inputs(t, "kubernetes:helm.sh/v3:Release", "dev-blue-traefik").put("version", "41.2.0"),
                        "dev-blue-traefik", "'41.2.0' is not the locked 41.3.0"));
    }

    @Test
    void everyRuleHasAViolatingCase() {
        // GIVEN the catalog WHEN its ids are compared with the cases below THEN each rule is covered
        assertThat(cases().map(Case::rule).distinct()).containsExactlyInAnyOrderElementsOf(CATALOG.ids());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theShippedPlanComplies(Case c) {
        // GIVEN the plan of a shipped environment WHEN the rule runs THEN nothing violates it
        assertThat(rule(c).evaluate(PlanFixtures.graph(PlanFixtures.tree(c.fixture())))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void oneBrokenInputViolatesIt(Case c) {
        // GIVEN the same plan with one input broken
        ObjectNode tree = PlanFixtures.tree(c.fixture());
        c.breakIt().accept(tree);

        // WHEN the rule runs
        List<Violation> violations = rule(c).evaluate(PlanFixtures.graph(tree));

        // THEN it names the broken resource and says what is wrong
        assertThat(violations).isNotEmpty();
        assertThat(violations).anySatisfy(v -> {
            assertThat(v.name()).isEqualTo(c.resourceName());
            assertThat(v.message()).contains(c.messagePart());
        });
    }

    @Test
    void everyRuleHasASeverityRationaleAndReference() {
        // GIVEN the catalog THEN every rule explains itself and its ids follow one scheme
        assertThat(CATALOG.rules()).allSatisfy(r -> {
            assertThat(r.id()).matches("SLW-(AWS|GCP|K8S)-\\d{3}");
            assertThat(r.title()).isNotBlank();
            assertThat(r.rationale()).isNotBlank();
            assertThat(r.reference()).matches(".*(checkov CKV|CIS|none \\().*");
        });
    }

    private static PolicyRule rule(Case c) {
        return CATALOG.rule(c.rule()).orElseThrow();
    }

    private static String policy(String statement) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement + "]}";
    }
}
