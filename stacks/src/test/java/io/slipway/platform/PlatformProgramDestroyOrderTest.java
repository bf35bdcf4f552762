package io.slipway.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.offline.OfflineResult;
import io.slipway.offline.RegisteredResource;
import io.slipway.ops.pulumi.DeployedResource;
import io.slipway.ops.pulumi.StackResources;
import io.slipway.platform.dns.CloudDnsWeightedRecords;
import io.slipway.platform.dns.SlotRecords;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Destroy order of the real dev (AWS) and gcp-dev (GCP) environments, read from the plan's
 * dependency graph: Pulumi deletes a resource before everything it depends on, so add-on releases
 * and slot records go before the cluster, records before the ingress load balancer, and the
 * cluster before the network; the protected foundation is never in the destroy set.
 */
class PlatformProgramDestroyOrderTest {
    private static final String RELEASE = "kubernetes:helm.sh/v3:Release";

    /** One cloud's real environment and the type tokens that play each role in it. */
    record Cloud(String stack, String clusterType, String recordType, Set<String> network, Set<String> protectedResources,
                 Set<String> configuration) {
        @Override
        public String toString() {
            return stack;
        }
    }

    static Stream<Arguments> environments() {
        return Stream.of(
                Arguments.of(new Cloud("dev", "aws:eks/cluster:Cluster", "aws:route53/record:Record",
                        // The cluster and its nodes live in the private subnets; its load balancers in the public
                        // ones behind the internet gateway: none of them may go before the cluster.
                        Set.of("aws:ec2/subnet:Subnet dev-private-1", "aws:ec2/subnet:Subnet dev-private-2", "aws:ec2/vpc:Vpc dev",
                                "aws:ec2/subnet:Subnet dev-public-1", "aws:ec2/subnet:Subnet dev-public-2",
                                "aws:ec2/internetGateway:InternetGateway dev"),
                        Set.of("aws:route53/zone:Zone dev", "aws:kms/key:Key dev", "aws:s3/bucketV2:BucketV2 dev-backups",
                                "aws:s3/bucketV2:BucketV2 dev-logs"),
                        // What configures them, unprotected itself, goes with them: the alias, the bucket's settings.
                        Set.of("aws:kms/alias:Alias dev", "aws:s3/bucketVersioningV2:BucketVersioningV2 dev-backups-versioning",
                                "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock dev-backups-public-access-block",
                                "aws:s3/bucketPolicy:BucketPolicy dev-backups-policy",
                                "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2 dev-backups-encryption",
                                "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2 dev-backups-lifecycle",
                                "aws:s3/bucketOwnershipControls:BucketOwnershipControls dev-backups-ownership"))),
                // GCP's "KMS keys": the key ring holding them is protected too, since GCP never deletes a key ring.
                Arguments.of(new Cloud("gcp-dev", "gcp:container/cluster:Cluster", "gcp:dns/recordSet:RecordSet",
                        Set.of("gcp:compute/subnetwork:Subnetwork gcp-dev-europe-west1", "gcp:compute/network:Network gcp-dev"),
                        Set.of("gcp:dns/managedZone:ManagedZone gcp-dev-zone", "gcp:kms/keyRing:KeyRing slipway-gcp-dev",
                                "gcp:kms/cryptoKey:CryptoKey gke-secrets", "gcp:kms/cryptoKey:CryptoKey backups",
                                "gcp:storage/bucket:Bucket gcp-dev-backups", "gcp:storage/bucket:Bucket gcp-dev-logs-usage",
                                "gcp:logging/projectBucketConfig:ProjectBucketConfig gcp-dev-logs"),
                        Set.of("gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember gke-secrets-gke-agent",
                                "gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember gcp-dev-backups-storage-agent"))));
    }

    private static OfflineResult plan(Cloud cloud) {
        var result = Fixtures.runPlatform(cloud.stack(), Fixtures.projectSpec(cloud.stack()));
        assertThat(result.errors()).as("program errors").isEmpty();
        return result;
    }

    private static List<RegisteredResource> slots(OfflineResult result) {
        var slots = result.ofType(ClusterSlot.TYPE);
        assertThat(slots).as("cluster slots").isNotEmpty();
        return slots;
    }

    private static RegisteredResource clusterOf(OfflineResult result, RegisteredResource slot, Cloud cloud) {
        var clusters = result.descendantsOf(slot).stream().filter(r -> r.type().equals(cloud.clusterType())).toList();
        assertThat(clusters).as("the cluster of " + slot.name()).hasSize(1);
        return clusters.get(0);
    }

    /** The records a slot's destroy removes: its own, and on GCP the shared weighted record sets. */
    private static List<RegisteredResource> recordsOf(OfflineResult result, RegisteredResource slot, Cloud cloud) {
        return result.ofType(cloud.recordType()).stream()
                .filter(r -> result.descendantsOf(slot).contains(r)
                        || result.byUrn(r.parent()).type().equals(CloudDnsWeightedRecords.TYPE))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("environments")
    void addonReleasesAndSlotRecordsAreDeletedBeforeTheCluster(Cloud cloud) {
        // GIVEN the real environment planned with the platform program
        var result = plan(cloud);
        var graph = new DependencyGraph(result);

        for (var slot : slots(result)) {
            var cluster = clusterOf(result, slot, cloud);
            var releases = result.descendantsOf(slot).stream().filter(r -> r.type().equals(RELEASE)).toList();
            var records = recordsOf(result, slot, cloud);

            // THEN every add-on release of the slot (ingress, monitoring, backups, DNS, certificates at least)
            // and every record serving the slot transitively depends on the cluster, so Pulumi deletes it first
            assertThat(releases).extracting(RegisteredResource::name).contains(
                    slot.name() + "-traefik", slot.name() + "-monitoring", slot.name() + "-velero",
                    slot.name() + "-external-dns", slot.name() + "-cert-manager");
            assertThat(records).as("records of " + slot.name()).isNotEmpty();
            assertThat(Stream.concat(releases.stream(), records.stream()))
                    .allSatisfy(r -> assertThat(graph.dependsOn(r, cluster)).as(r.name() + " depends on " + cluster.name()).isTrue())
                    // AND never the other way round: the order is strict, not a cycle
                    .allSatisfy(r -> assertThat(graph.dependsOn(cluster, r)).as(cluster.name() + " depends on " + r.name()).isFalse());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("environments")
    void slotRecordsAreDeletedBeforeTheIngressAddress(Cloud cloud) {
        // GIVEN the real environment planned with the platform program
        var result = plan(cloud);

        for (var slot : slots(result)) {
            var ingress = result.named(RELEASE, slot.name() + "-traefik");
            // THEN every record serving the slot depends directly on what owns the ingress address, so the name
            // stops resolving before the address goes: on AWS the ingress release, whose Service makes the NLB;
            // on GCP the reserved address, which the release's load balancer takes and which outlives it too
            var owner = cloud.stack().equals("gcp-dev")
                    ? result.named("gcp:compute/address:Address", slot.name() + "-traefik-address")
                    : ingress;
            assertThat(recordsOf(result, slot, cloud)).allSatisfy(record ->
                    assertThat(record.dependencies()).as(record.name()).contains(owner.urn()));
            if (owner != ingress) {
                assertThat(ingress.dependencies()).as("the ingress release").contains(owner.urn());
            }
        }
        // AND the slot records of the environment are all SlotRecords or (GCP) shared weighted records
        assertThat(result.ofType(cloud.recordType())).allSatisfy(record ->
                assertThat(result.byUrn(record.parent()).type()).isIn(SlotRecords.TYPE, CloudDnsWeightedRecords.TYPE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("environments")
    void clusterIsDeletedBeforeTheNetwork(Cloud cloud) {
        // GIVEN the real environment planned with the platform program
        var result = plan(cloud);
        var graph = new DependencyGraph(result);

        for (var slot : slots(result)) {
            var cluster = clusterOf(result, slot, cloud);
            var network = result.resources().stream().filter(r -> cloud.network().contains(r.type() + " " + r.name())).toList();
            assertThat(network).hasSameSizeAs(cloud.network());
            // THEN the cluster transitively depends on the subnets it runs in and on the VPC / network itself
            assertThat(network).allSatisfy(n ->
                    assertThat(graph.dependsOn(cluster, n)).as(cluster.name() + " depends on " + n.name()).isTrue());
            // AND the network depends on no slot resource, so it outlives every cluster
            var slotResources = result.descendantsOf(slot).stream().map(RegisteredResource::urn).toList();
            assertThat(network).allSatisfy(n -> assertThat(graph.dependenciesOf(n.urn())).doesNotContainAnyElementsOf(slotResources));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("environments")
    void protectedSetIsExactlyTheFoundationsZoneKeysAndBuckets(Cloud cloud) {
        // GIVEN the real environment planned with the platform program
        var result = plan(cloud);
        var graph = new DependencyGraph(result);
        var protectedResources = result.resources().stream().filter(RegisteredResource::protect).toList();

        // THEN exactly the zone, the KMS key(s) and the backups bucket are protected
        assertThat(protectedResources).extracting(r -> r.type() + " " + r.name())
                .containsExactlyInAnyOrderElementsOf(cloud.protectedResources());
        var slotResources = slots(result).stream().flatMap(s -> result.descendantsOf(s).stream()).map(RegisteredResource::urn).toList();
        for (var kept : protectedResources) {
            // AND none of them lies in a ClusterSlot's subtree, nor depends on anything that does,
            // so removing a slot never has to touch (or wait for) the foundation
            assertThat(slotResources).as(kept.name()).doesNotContain(kept.urn());
            assertThat(graph.dependenciesOf(kept.urn())).as(kept.name()).doesNotContainAnyElementsOf(slotResources);
        }
        // AND the destroy command's target set, computed on this graph, spares them and takes every slot resource
        var destroySet = StackResources.of(result.resources().stream()
                .map(r -> new DeployedResource(r.urn(), r.type(), r.parent().isEmpty() ? null : r.parent(), r.protect(),
                        Stream.concat(r.dependencies().stream(),
                                r.provider().isEmpty() ? Stream.empty() : Stream.of(DependencyGraph.providerUrn(r.provider()))).toList()))
                .toList()).destroyableExceptProtected();
        assertThat(destroySet).doesNotContainAnyElementsOf(protectedResources.stream().map(RegisteredResource::urn).toList())
                .containsAll(slotResources);
        // AND what configures a protected resource is kept with it, while the network goes
        var destroyed = result.resources().stream().filter(r -> destroySet.contains(r.urn())).map(r -> r.type() + " " + r.name()).toList();
        assertThat(result.resources().stream().map(r -> r.type() + " " + r.name()).toList()).containsAll(cloud.configuration());
        assertThat(destroyed).doesNotContainAnyElementsOf(cloud.configuration()).containsAll(cloud.network());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("environments")
    void duringAnUpgradeNeitherSlotDependsOnTheOther(Cloud cloud) {
        // GIVEN the real environment mid-upgrade: green added next to blue at the next minor with weight 0
        var spec = Fixtures.projectSpec(cloud.stack());
        var blue = spec.slots().get("blue");
        var result = Fixtures.runPlatform(cloud.stack(), spec.withSlot("green", blue.withVersionAndWeight("1.35", 0)));
        assertThat(result.errors()).isEmpty();
        var graph = new DependencyGraph(result);

        // THEN nothing in one slot's subtree depends on the other slot's, so finishing (removing blue) or
        // rolling back (removing green) deletes one slot without waiting for or breaking the other
        var slots = slots(result);
        assertThat(slots).hasSize(2);
        for (var slot : slots) {
            var other = slots.stream().filter(s -> !s.equals(slot)).findFirst().orElseThrow();
            var otherResources = result.descendantsOf(other).stream().map(RegisteredResource::urn).toList();
            assertThat(result.descendantsOf(slot)).allSatisfy(r -> assertThat(graph.dependenciesOf(r.urn()))
                    .as(r.name()).doesNotContainAnyElementsOf(otherResources));
            // AND each slot's records still go before its own cluster
            var cluster = clusterOf(result, slot, cloud);
            assertThat(recordsOf(result, slot, cloud)).isNotEmpty()
                    .allSatisfy(record -> assertThat(graph.dependsOn(record, cluster)).as(record.name()).isTrue());
        }
    }
}
