package io.slipway.review.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.slipway.plan.PlanJsonReader;
import io.slipway.review.PlanFixtures;
import io.slipway.review.graph.PlanGraph;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Totals hand-checked on a small plan: every number below is worked out in the comments from prices.csv. */
class CostModelTest {
    private static final String STACK = "urn:pulumi:tiny::slipway::";
    private final CostModel model = new CostModel(PriceTable.shipped());

    /** A foundation (NAT gateway and its address, key, zone, flow logs) and one slot per name, each with two pools and Traefik. */
    private static PlanGraph tiny(String... slots) {
        var resources = new java.util.ArrayList<String>();
        String stack = add(resources, "pulumi:pulumi:Stack", "slipway-tiny", null, "{}");
        String foundation = add(resources, "slipway:aws:Foundation", "tiny", stack, "{}");
        add(resources, "aws:ec2/natGateway:NatGateway", "tiny-nat-1", foundation, "{}");
        add(resources, "aws:ec2/eip:Eip", "tiny-nat-1", foundation, "{}");
        add(resources, "aws:kms/key:Key", "tiny", foundation, "{}");
        add(resources, "aws:route53/zone:Zone", "tiny", foundation, "{}");
        add(resources, "aws:cloudwatch/logGroup:LogGroup", "tiny-flow-logs", foundation, "{}");
        for (String slot : slots) {
            String s = add(resources, "slipway:platform:ClusterSlot", "tiny-" + slot, stack, "{}");
            add(resources, "aws:eks/cluster:Cluster", "tiny-" + slot, s, "{}");
            String system = add(resources, "slipway:aws:ManagedNodePool", "tiny-" + slot + "-system", s, "{}");
            add(resources, "aws:eks/nodeGroup:NodeGroup", "tiny-" + slot + "-system", system,
                    "{\"capacityType\":\"ON_DEMAND\",\"instanceTypes\":[\"t3.medium\"],\"nodeGroupName\":\"system\","
                            + "\"scalingConfig\":{\"minSize\":1,\"desiredSize\":2,\"maxSize\":3}}");
            add(resources, "aws:ec2/launchTemplate:LaunchTemplate", "tiny-" + slot + "-system", system,
                    "{\"blockDeviceMappings\":[{\"ebs\":{\"volumeSize\":20,\"volumeType\":\"gp3\"}}]}");
            add(resources, "aws:eks/nodeGroup:NodeGroup", "tiny-" + slot + "-workers", s,
                    "{\"capacityType\":\"SPOT\",\"instanceTypes\":[\"m5.large\",\"m5a.large\"],\"nodeGroupName\":\"workers\","
                            + "\"scalingConfig\":{\"minSize\":0,\"desiredSize\":1,\"maxSize\":2}}");
            add(resources, "kubernetes:helm.sh/v3:Release", "tiny-" + slot + "-traefik", s, "{\"chart\":\"traefik\"}");
        }
        String json = "{\"stack\":\"tiny\",\"resources\":[" + String.join(",", resources) + "],\"outputs\":{}}";
        return new PlanGraph(new PlanJsonReader().parse(json, "tiny").resources());
    }

    /** Adds a resource under {@code parent} (its URN, null for the stack) and returns its URN. */
    private static String add(List<String> resources, String type, String name, String parent, String inputs) {
        String types = parent == null ? "" : parent.substring(STACK.length(), parent.lastIndexOf("::")) + "$";
        String urn = STACK + types + type + "::" + name;
        resources.add("{\"urn\":\"" + urn + "\",\"type\":\"" + type + "\",\"name\":\"" + name + "\",\"parent\":"
                + (parent == null ? "null" : "\"" + parent + "\"") + ",\"inputs\":" + inputs + ",\"dependencies\":[],\"protect\":false}");
        return urn;
    }

    @Test
    void totalsMatchTheHandCalculation() {
        // GIVEN the tiny plan with one slot WHEN it is priced (730 hours a month)
        CostEstimate e = model.estimate("tiny", "aws", "eu-west-1", tiny("blue"));

        // THEN, from prices.csv:
        //   EKS 0.10 x 730 = 73.00; system t3.medium 0.0456 x 730 = 33.288 per node at 1/2/3 nodes;
        //   root volumes 20 GB x 0.088 = 1.76 per node; workers spot mean(0.107, 0.096) x (1 - 0.65) x 730
        //   = 25.93325 per node at 0/1/2; NAT 0.048 x 730 = 35.04; IPv4 0.005 x 730 = 3.65; key 1.00;
        //   zone 0.50; NLB (0.0252 + 0.006) x 730 = 22.776; flow logs 5 GB x 0.57 = 2.85
        assertThat(e.min()).isCloseTo(73 + 33.288 + 1.76 + 35.04 + 3.65 + 1 + 0.5 + 22.776 + 2.85, within(0.001));
        assertThat(e.desired()).isCloseTo(73 + 66.576 + 3.52 + 25.93325 + 35.04 + 3.65 + 1 + 0.5 + 22.776 + 2.85, within(0.001));
        assertThat(e.max()).isCloseTo(73 + 99.864 + 5.28 + 51.8665 + 35.04 + 3.65 + 1 + 0.5 + 22.776 + 2.85, within(0.001));
        String text = new CostText().render(e);
        assertThat(text).contains("node pool system (t3.medium, on demand; 1/2/3 nodes)").contains("33.29      66.58      99.86")
                .contains("node pool workers (m5.large, m5a.large, spot; 0/1/2 nodes)").contains("0.00      25.93      51.87")
                .contains("At minimum size $174, at maximum size $296 per month.")
                .endsWith("Total: $235 per month\n");
    }

    @Test
    void aBlueGreenUpgradeShowsTheSecondSlotsCost() {
        // GIVEN the same environment mid-upgrade, with a green slot next to blue
        CostEstimate one = model.estimate("tiny", "aws", "eu-west-1", tiny("blue"));
        CostEstimate two = model.estimate("tiny", "aws", "eu-west-1", tiny("blue", "green"));

        // THEN green adds its own cluster, pools and load balancer (234.85 - 43.04 foundation = 191.80), and says why
        assertThat(two.desired() - one.desired()).isCloseTo(73 + 66.576 + 3.52 + 25.93325 + 22.776, within(0.001));
        assertThat(new CostText().render(two)).contains("slot green\n").contains("A blue/green upgrade is in progress: slots blue and green");
        assertThat(new CostText().renderDelta(one, two, "HEAD")).contains("Monthly delta: +$192 (from $235)").endsWith("Total: $427 per month\n");
    }

    @Test
    void theTablePricesEveryInstanceTypeTheCatalogKnows() throws IOException {
        // GIVEN the instance catalog of the model module WHEN each type is priced in its cloud's shipped region
        List<String> types;
        try (InputStream in = getClass().getResourceAsStream("/io/slipway/model/instance-types.csv")) {
            types = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split(",")[0]).toList();
        }
        // THEN every one has a price
        PriceTable table = PriceTable.shipped();
        assertThat(types).isNotEmpty().allSatisfy(t -> assertThat(t.contains(".")
                ? table.usd("aws", "eu-west-1", "ec2:" + t) : table.usd("gcp", "europe-west1", "gce:" + t)).isPositive());
    }

    @Test
    void aReservedIngressAddressIsFreeWhileInUseAndPricedUnusedAsTheHighFigure() {
        // GIVEN a GKE slot whose Traefik takes a reserved external address, and another slot with an internal one
        var resources = new java.util.ArrayList<String>();
        String stack = add(resources, "pulumi:pulumi:Stack", "slipway-tiny", null, "{}");
        for (String slot : List.of("blue", "green")) {
            String s = add(resources, "slipway:platform:ClusterSlot", "tiny-" + slot, stack, "{}");
            add(resources, "gcp:compute/address:Address", "tiny-" + slot + "-traefik-address", s,
                    "{\"addressType\":\"" + (slot.equals("blue") ? "EXTERNAL" : "INTERNAL") + "\"}");
        }
        var graph = new PlanGraph(new PlanJsonReader().parse("{\"stack\":\"tiny\",\"resources\":[" + String.join(",", resources)
                + "],\"outputs\":{}}", "tiny").resources());

        // WHEN it is priced
        CostEstimate e = model.estimate("tiny", "gcp", "europe-west1", graph);

        // THEN the external address costs nothing at minimum and desired size (its forwarding rule uses it) and
        // 0.01 x 730 = 7.30 as the high figure (left reserved without its load balancer); the internal one has no line
        assertThat(e.lines()).filteredOn(l -> l.item().startsWith("reserved address")).singleElement().satisfies(line -> {
            assertThat(line.item()).contains("tiny-blue-traefik-address");
            assertThat(line.min()).isZero();
            assertThat(line.desired()).isZero();
            assertThat(line.max()).isCloseTo(7.30, within(0.001));
        });
    }

    @Test
    void theShippedGcpPlanIsPricedPoolByPool() {
        // GIVEN the plan of gcp-dev WHEN priced THEN each pool, the NAT and the fee appear, and the e2-standard-2
        // system pool costs 2 x 0.023992 + 8 x 0.003215 = 0.073704 per hour, x 730 = 53.80 per node
        CostEstimate e = model.estimate("gcp-dev", "gcp", "europe-west1", PlanFixtures.graph(PlanFixtures.tree(PlanFixtures.GCP)));
        assertThat(new CostText().render(e)).contains("GKE cluster fee gcp-dev-blue").contains("Cloud NAT")
                .contains("node pool system (e2-standard-2, on demand; 1/1/2 nodes)").contains("53.80      53.80     107.61");
    }
}
