package io.slipway.ephemeral;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.offline.RegisteredResource;
import io.slipway.plan.OfflinePlanner;
import io.slipway.plan.Plan;
import io.slipway.platform.CloudTags;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The offline plan of {@code dev up NAME --from PARENT --offline}: slots only, on the parent's foundation, tagged with the expiry. */
@SuppressWarnings("unchecked")
class ChildPlanTest extends EphemeralTestbed {
    /** What only a foundation builds: a child must never create one of these. */
    private static final Set<String> FOUNDATION_TYPES = Set.of(
            "aws:ec2/vpc:Vpc", "aws:ec2/subnet:Subnet", "aws:ec2/natGateway:NatGateway", "aws:ec2/internetGateway:InternetGateway",
            "aws:route53/zone:Zone", "aws:kms/key:Key", "aws:s3/bucketV2:BucketV2",
            "gcp:compute/network:Network", "gcp:compute/subnetwork:Subnetwork", "gcp:compute/router:Router",
            "gcp:compute/routerNat:RouterNat", "gcp:dns/managedZone:ManagedZone", "gcp:kms/keyRing:KeyRing",
            "gcp:kms/cryptoKey:CryptoKey", "gcp:storage/bucket:Bucket");
    @ParameterizedTest(name = "from {0}")
    @CsvSource({
            "dev, aws:eks/cluster:Cluster, slipway:ephemeral, slipway:expires-at, 2026-11-30T17:00:00Z",
            "gcp-dev, gcp:container/cluster:Cluster, slipway-ephemeral, slipway-expires-at, 2026-11-30t17-00-00z"})
    void buildsOnlySlotsOnTheParentsFoundationAndTagsEveryResourceWithItsExpiry(
            String parent, String clusterType, String ephemeralKey, String expiresKey, String expiresValue) {
        // GIVEN the child jane-test of the shipped parent, as dev up --offline derives it
        var child = at(T0).prepare(new EphemeralRequest("jane-test", parent, "jane@example.com", "8h", null));

        // WHEN it is planned offline
        Plan plan = new OfflinePlanner().plan("jane-test", ChildFiles.json(child), "dev up jane-test");

        // THEN nothing of a foundation is created
        assertThat(plan.resources()).extracting(RegisteredResource::type).doesNotContainAnyElementsOf(FOUNDATION_TYPES);
        // AND the parent's outputs are read through one stack reference to the parent stack
        var reference = plan.resources().stream().filter(r -> r.type().equals("pulumi:pulumi:StackReference")).toList();
        assertThat(reference).singleElement().satisfies(r -> {
            assertThat(r.read()).isTrue();
            assertThat(r.require("name")).isEqualTo("organization/slipway/" + parent);
        });
        // AND the cluster depends on the parent's foundation, which holds that reference
        var cluster = plan.resources().stream().filter(r -> r.type().equals(clusterType)).toList();
        assertThat(cluster).singleElement().satisfies(c -> assertThat(dependsOn(plan, c, reference.get(0).urn())).isTrue());
        // AND every cloud resource whose type takes tags or labels has them, and every map of them carries the
        // ephemeral marker and the expiry
        var untagged = new ArrayList<String>();
        for (RegisteredResource r : plan.resources()) {
            if (!(r.type().startsWith("aws:") || r.type().startsWith("gcp:")) || r.read()) {
                continue;
            }
            var maps = CloudTags.costTagMaps(r);
            if (maps.isEmpty() && !CloudTags.UNTAGGABLE.containsKey(r.type())) {
                untagged.add(r.type() + " " + r.name() + ": no tags or labels");
            }
            maps.forEach((path, map) -> {
                // GKE's short-lived bootstrap pool: a change there replaces the cluster, so no expiry (ExtendDiffTest)
                boolean bootstrapPool = r.type().equals(clusterType) && path.equals("nodeConfig.resourceLabels");
                if (!"true".equals(map.get(ephemeralKey)) || !bootstrapPool && !expiresValue.equals(map.get(expiresKey))) {
                    untagged.add(r.type() + " " + r.name() + " " + path + " " + map);
                }
            });
        }
        assertThat(untagged).isEmpty();
        // AND on AWS the EC2 instances, volumes and interfaces EKS Auto Mode launches carry the marker through the
        // NodeClasses, but not the expiry: dev extend moves it, and a changed NodeClass replaces every node
        plan.resources().stream().filter(r -> r.type().equals("kubernetes:eks.amazonaws.com/v1:NodeClass")).forEach(nodeClass ->
                assertThat((Map<String, Object>) nodeClass.require("spec.tags")).as(nodeClass.name())
                        .containsEntry(ephemeralKey, "true").doesNotContainKey(expiresKey));
        // AND on AWS the ingress NLB, which the load balancing controller creates, is tagged through its Service
        if (parent.equals("dev")) {
            var traefik = plan.resources().stream().filter(r -> r.type().equals("kubernetes:helm.sh/v3:Release")
                    && "traefik".equals(r.input("chart").orElse(null))).toList();
            assertThat(traefik).singleElement().satisfies(r -> assertThat(((Map<String, Object>) r.require("values.service.annotations"))
                    .get("service.beta.kubernetes.io/aws-load-balancer-additional-resource-tags").toString())
                    .contains("slipway:ephemeral=true").contains("slipway:expires-at=" + expiresValue));
        }
        // AND the records live under the child's name in the parent's domain
        assertThat(plan.outputs().get("domain")).isEqualTo("jane-test." + (parent.equals("dev") ? "dev.platform.example.com"
                : "dev.gcp.platform.example.com"));
    }

    /** Whether {@code resource} waits for {@code target}: directly, or through a component or ancestor that holds it. */
    private static boolean dependsOn(Plan plan, RegisteredResource resource, String target) {
        var byUrn = new java.util.HashMap<String, RegisteredResource>();
        plan.resources().forEach(r -> byUrn.put(r.urn(), r));
        var pending = new java.util.ArrayDeque<>(resource.dependencies());
        var seen = new java.util.HashSet<String>();
        while (!pending.isEmpty()) {
            String urn = pending.pop();
            if (urn.equals(target)) {
                return true;
            }
            if (!seen.add(urn) || !byUrn.containsKey(urn)) {
                continue;
            }
            pending.addAll(byUrn.get(urn).dependencies());
            plan.resources().stream().filter(r -> r.parent().equals(urn)).forEach(r -> pending.add(r.urn()));
        }
        return false;
    }
}
