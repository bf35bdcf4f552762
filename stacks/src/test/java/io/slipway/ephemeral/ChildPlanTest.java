package io.slipway.ephemeral;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.offline.RegisteredResource;
import io.slipway.plan.OfflinePlanner;
import io.slipway.plan.Plan;
import java.util.ArrayList;
import java.util.List;
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
    private static final List<String> TAG_INPUTS = List.of("tags", "labels", "resourceLabels", "nodeConfig.resourceLabels");
    /**
     * Every type a child registers that creates something in the cloud, with where its tags or labels go;
     * a type missing here fails the test until someone decides where its tags belong.
     */
    private static final Map<String, String> TAGGABLE = Map.ofEntries(
            Map.entry("aws:cloudwatch/logGroup:LogGroup", "tags"),
            Map.entry("aws:eks/accessEntry:AccessEntry", "tags"),
            Map.entry("aws:eks/cluster:Cluster", "tags"),
            Map.entry("aws:iam/openIdConnectProvider:OpenIdConnectProvider", "tags"),
            Map.entry("aws:iam/role:Role", "tags"),
            // the EC2 instances, volumes and network interfaces EKS Auto Mode launches
            Map.entry("kubernetes:eks.amazonaws.com/v1:NodeClass", "spec.tags"),
            Map.entry("gcp:compute/address:Address", "labels"),
            Map.entry("gcp:container/cluster:Cluster", "resourceLabels"),
            Map.entry("gcp:container/nodePool:NodePool", "nodeConfig.resourceLabels"));
    /** Cloud types without tags or labels in their API. */
    private static final Set<String> NOT_TAGGABLE = Set.of(
            "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", "aws:iam/rolePolicy:RolePolicy",
            "aws:iam/rolePolicyAttachment:RolePolicyAttachment", "aws:route53/record:Record",
            "gcp:dns/dnsManagedZoneIamMember:DnsManagedZoneIamMember", "gcp:dns/recordSet:RecordSet",
            "gcp:projects/iAMCustomRole:IAMCustomRole", "gcp:projects/iAMMember:IAMMember",
            "gcp:serviceaccount/account:Account", "gcp:serviceaccount/iAMMember:IAMMember");

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
        // AND every resource of a taggable type carries the ephemeral marker and the expiry where its type keeps
        // tags, and every cloud type is known to be taggable or not
        var untagged = new ArrayList<String>();
        for (RegisteredResource r : plan.resources()) {
            String path = TAGGABLE.get(r.type());
            if (path == null) {
                if ((r.type().startsWith("aws:") || r.type().startsWith("gcp:")) && !NOT_TAGGABLE.contains(r.type())) {
                    untagged.add(r.type() + " is not classified as taggable or not");
                }
                continue;
            }
            var map = r.input(path).map(Map.class::cast).orElse(Map.of());
            if (!"true".equals(map.get(ephemeralKey)) || !expiresValue.equals(map.get(expiresKey))) {
                untagged.add(r.type() + " " + r.name() + " " + path + " " + map);
            }
        }
        // AND any other tag or label map on a cloud resource carries them too
        int tagged = 0;
        for (RegisteredResource r : plan.resources()) {
            if (!r.type().startsWith("aws:") && !r.type().startsWith("gcp:")) {
                continue;
            }
            for (String path : TAG_INPUTS) {
                if (path.equals("labels") && r.type().equals("aws:eks/nodeGroup:NodeGroup")) {
                    continue; // Kubernetes node labels, not cost tags
                }
                var map = r.input(path).map(Map.class::cast).orElse(null);
                if (map != null) {
                    tagged++;
                    if (!"true".equals(map.get(ephemeralKey)) || !expiresValue.equals(map.get(expiresKey))) {
                        untagged.add(r.type() + " " + r.name() + " " + path + " " + map);
                    }
                }
            }
        }
        assertThat(tagged).isGreaterThanOrEqualTo(5);
        assertThat(untagged).isEmpty();
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
