package io.slipway.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.plan.OfflinePlanner;
import io.slipway.plan.Plan;
import io.slipway.plan.StackFiles;
import io.slipway.plan.TestEnvironments;
import io.slipway.review.cost.CostModel;
import io.slipway.review.cost.CostText;
import io.slipway.review.cost.PriceTable;
import io.slipway.review.graph.ComponentGraph;
import io.slipway.review.graph.GraphRenderer;
import io.slipway.review.graph.PlanGraph;
import io.slipway.review.policy.CheckReportText;
import io.slipway.review.policy.PolicyCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/review.md shows what the commands print for the shipped dev environment today, not what they printed once. */
class ReviewDocsTest {
    private static String docs;
    private static PlanGraph dev;

    @BeforeAll
    static void planDev() throws Exception {
        docs = Files.readString(Path.of("../docs/review.md"));
        Path file = new StackFiles(TestEnvironments.PROJECT_ENVIRONMENTS).fileOf("dev");
        Plan plan = new OfflinePlanner().plan("dev", file);
        dev = new PlanGraph(plan.resources());
    }

    @Test
    void theDevEstimateIsCurrent() {
        String estimate = new CostText().render(new CostModel(PriceTable.shipped()).estimate("dev", "aws", "eu-west-1", dev));
        assertThat(docs).contains(estimate.stripTrailing());
    }

    @Test
    void theDevPictureIsCurrent() {
        assertThat(docs).contains("```mermaid\n" + new GraphRenderer().mermaid(ComponentGraph.of(dev)));
    }

    @Test
    void everyRuleIsListed() {
        assertThat(docs).contains(new CheckReportText().renderCatalog(PolicyCatalog.builtIn()));
    }
}
