package io.slipway.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.offline.RegisteredResource;
import io.slipway.plan.OfflinePlanner;
import io.slipway.plan.Plan;
import io.slipway.review.cost.CostLine;
import io.slipway.review.cost.CostModel;
import io.slipway.review.cost.PriceTable;
import io.slipway.review.graph.PlanGraph;
import io.slipway.review.policy.PolicyCatalog;
import io.slipway.review.policy.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy gate and the cost estimate judge an EKS Auto Mode plan on what it builds instead of node groups. */
@SuppressWarnings("unchecked")
class AutoModeReviewTest {
    private static final String NODE_POOL = "kubernetes:karpenter.sh/v1:NodePool";

    @TempDir
    Path dir;

    /** The shipped dev environment with {@code aws.autoMode: true}. */
    private Plan autoModeDev() throws Exception {
        String dev = Files.readString(Path.of("..", "environments", "Pulumi.dev.yaml"));
        String auto = dev.replace("    aws:\n      adminRoleArns:", "    aws:\n      autoMode: true\n      adminRoleArns:");
        assertThat(auto).isNotEqualTo(dev);
        Path file = dir.resolve("Pulumi.dev.yaml");
        Files.writeString(file, auto);
        return new OfflinePlanner().plan("dev", file);
    }

    @Test
    void theAutoModePlanPassesEveryRuleAndANodePoolOnAnotherNodeClassFailsTheNodeRules() throws Exception {
        // GIVEN dev on Auto Mode
        Plan plan = autoModeDev();
        assertThat(plan.resources()).extracting(RegisteredResource::type).contains(NODE_POOL).doesNotContain("aws:eks/nodeGroup:NodeGroup");

        // WHEN every built-in rule runs on it THEN none is violated
        assertThat(violations(plan.resources())).isEmpty();

        // AND the same plan with its pools on a self-managed Karpenter NodeClass violates IMDSv2 and volume encryption there
        var changed = new ArrayList<RegisteredResource>();
        for (RegisteredResource r : plan.resources()) {
            if (r.type().equals(NODE_POOL)) {
                Map<String, Object> inputs = (Map<String, Object>) deepCopy(r.inputs());
                var template = (Map<String, Object>) ((Map<String, Object>) inputs.get("spec")).get("template");
                ((Map<String, Object>) template.get("spec")).put("nodeClassRef", Map.of("group", "karpenter.k8s.aws", "kind", "EC2NodeClass", "name", "x"));
                r = new RegisteredResource(r.urn(), r.type(), r.name(), r.parent(), inputs, r.dependencies(), r.protect(), r.provider(), r.read());
            }
            changed.add(r);
        }
        assertThat(violations(changed)).extracting(v -> v.rule() + " " + v.name())
                .containsExactlyInAnyOrder("SLW-AWS-004 dev-blue-node-pools-workers", "SLW-AWS-005 dev-blue-node-pools-workers",
                        "SLW-AWS-004 dev-blue-node-pools-system", "SLW-AWS-005 dev-blue-node-pools-system");
        assertThat(violations(changed)).allSatisfy(v -> assertThat(v.violation().message()).contains("karpenter.k8s.aws"));
    }

    @Test
    void theCostEstimatePricesAutoModeNodesWithTheirManagementFee() throws Exception {
        // GIVEN dev on Auto Mode
        Plan plan = autoModeDev();

        // WHEN its cost is estimated
        var estimate = new CostModel(PriceTable.shipped()).estimate("dev", "aws", "eu-west-1", new PlanGraph(plan.resources()));

        // THEN the spot workers are priced as a NodePool: none when idle, one for the first pods, at most max (4) nodes,
        // each at the mean spot price of its types plus 12% of their mean On-Demand price
        CostLine workers = estimate.lines().stream().filter(l -> l.item().startsWith("Auto Mode node pool slipway-workers (")).findFirst().orElseThrow();
        double onDemand = (0.0912 + 0.0816 + 0.107 + 0.096) / 4;
        double perNode = (onDemand * (1 - 0.65) + onDemand * 0.12) * 730;
        assertThat(workers.item()).contains("t3.large, t3a.large, m5.large, m5a.large, spot, with Auto Mode's fee");
        assertThat(workers.min()).isZero();
        assertThat(workers.desired()).isCloseTo(perNode, org.assertj.core.data.Offset.offset(0.01));
        assertThat(workers.max()).isCloseTo(4 * perNode, org.assertj.core.data.Offset.offset(0.01));
        // AND their volumes at the size their NodeClass gives them (the pool's 30 GB), and no node group or load
        // balancer controller is priced
        assertThat(estimate.lines()).extracting(CostLine::item)
                .contains("Auto Mode node pool slipway-workers volumes (30 GB gp3 each)")
                .noneMatch(item -> item.startsWith("node pool "));
    }

    private record Found(String rule, String name, Violation violation) {}

    private static List<Found> violations(List<RegisteredResource> resources) {
        var graph = new PlanGraph(resources);
        var found = new ArrayList<Found>();
        for (var rule : PolicyCatalog.builtIn().rules()) {
            rule.evaluate(graph).forEach(v -> found.add(new Found(rule.id(), v.name(), v)));
        }
        return found;
    }

    private static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            var copy = new java.util.LinkedHashMap<String, Object>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), deepCopy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list.stream().map(AutoModeReviewTest::deepCopy).toList());
        }
        return value;
    }
}
