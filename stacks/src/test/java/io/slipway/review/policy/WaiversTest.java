package io.slipway.review.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.model.WaiverSpec;
import io.slipway.model.loading.InvalidEnvironmentException;
import io.slipway.plan.TestEnvironments;
import io.slipway.platform.SpecRules;
import io.slipway.review.PlanFixtures;
import io.slipway.review.graph.PlanGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaiversTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-30");
    private final PolicyCheck check = new PolicyCheck(PolicyCatalog.builtIn(), Severity.LOW, TODAY);

    /** The dev plan with its EKS API open to the internet (SLW-AWS-001, high). */
    private static PlanGraph openEndpoint() {
        ObjectNode tree = PlanFixtures.tree(PlanFixtures.AWS);
        PlanFixtures.inputs(tree, "aws:eks/cluster:Cluster", null).withObjectProperty("vpcConfig").putArray("publicAccessCidrs").add("0.0.0.0/0");
        return PlanFixtures.graph(tree);
    }

    @Test
    void aValidWaiverWaivesTheViolationAndThePasses() {
        // GIVEN a violation and a waiver of its rule expiring today (the last day it applies)
        var waiver = new WaiverSpec("SLW-AWS-001", "partner VPN has no fixed egress until INC-42", "2026-11-30");

        // WHEN the environment is checked
        CheckReport report = check.evaluate("dev", openEndpoint(), List.of(waiver));

        // THEN the violation is reported as waived, with the waiver, and the check passes
        assertThat(report.passed()).isTrue();
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Finding.Status.WAIVED);
            assertThat(f.waiver()).contains(waiver);
        });
        assertThat(new CheckReportText().render(report, "")).contains("waived until 2026-11-30: partner VPN");
    }

    @Test
    void aWaiverNamingResourcesCoversOnlyThose() {
        // GIVEN the open endpoint and two waivers of its rule: one for another resource, one matching the cluster by glob
        String cluster = openEndpoint().ofType("aws:eks/cluster:Cluster").get(0).name();
        var elsewhere = new WaiverSpec("SLW-AWS-001", "another resource", "2026-12-31", List.of("*-not-this-one"));
        var matching = new WaiverSpec("SLW-AWS-001", "the partner VPN", "2026-12-31", List.of(cluster.substring(0, 3) + "*"));

        // WHEN the environment is checked with the first alone, then with both
        CheckReport onlyElsewhere = check.evaluate("dev", openEndpoint(), List.of(elsewhere));
        CheckReport both = check.evaluate("dev", openEndpoint(), List.of(elsewhere, matching));

        // THEN a waiver naming other resources waives nothing; the matching one waives the cluster's violation
        assertThat(onlyElsewhere.passed()).isFalse();
        assertThat(both.passed()).isTrue();
        assertThat(both.findings()).singleElement().satisfies(f -> assertThat(f.waiver()).contains(matching));
    }

    @Test
    void anExpiredWaiverWaivesNothingAndFailsItself() {
        // GIVEN the same violation and a waiver that expired yesterday
        var waiver = new WaiverSpec("SLW-AWS-001", "temporary", "2026-11-29");

        // WHEN the environment is checked
        CheckReport report = check.evaluate("dev", openEndpoint(), List.of(waiver));

        // THEN the violation fails and so does the expired waiver
        assertThat(report.passed()).isFalse();
        assertThat(report.failures()).extracting(Finding::status)
                .containsExactly(Finding.Status.FAIL, Finding.Status.EXPIRED_WAIVER);
        assertThat(report.failures().get(1).violation().message()).contains("expired on 2026-11-29");
    }

    @Test
    void anExpiredWaiverFailsEvenWhenTheViolationIsGone() {
        // GIVEN a compliant plan and an expired waiver WHEN checked THEN the stale waiver fails the check
        CheckReport report = check.evaluate("dev", PlanFixtures.graph(PlanFixtures.tree(PlanFixtures.AWS)),
                List.of(new WaiverSpec("SLW-AWS-003", "old", "2025-01-01")));
        assertThat(report.failures()).extracting(Finding::status).containsExactly(Finding.Status.EXPIRED_WAIVER);
    }

    @Test
    void violationsBelowTheThresholdAreReportedButPass() {
        // GIVEN a medium violation (no flow logs) and a high threshold
        ObjectNode tree = PlanFixtures.tree(PlanFixtures.AWS);
        PlanFixtures.removeAll(tree, "aws:ec2/flowLog:FlowLog");

        // WHEN checked at high THEN it is a note, not a failure; at medium it fails
        CheckReport high = new PolicyCheck(PolicyCatalog.builtIn(), Severity.HIGH, TODAY).evaluate("dev", PlanFixtures.graph(tree), List.of());
        assertThat(high.passed()).isTrue();
        assertThat(high.findings()).extracting(Finding::status).containsExactly(Finding.Status.BELOW_THRESHOLD);
        assertThat(new PolicyCheck(PolicyCatalog.builtIn(), Severity.MEDIUM, TODAY).evaluate("dev", PlanFixtures.graph(tree), List.of())
                .passed()).isFalse();
    }

    @Test
    void unknownRuleIdsBlankReasonsAndBadDatesAreValidationErrors(@TempDir Path dir) throws Exception {
        // GIVEN the dev environment with three broken waivers after its own (dev's file ends with its waivers list)
        Path file = TestEnvironments.copyOfDev(dir, "dev");
        Files.writeString(file, Files.readString(file) + """
                      - {rule: SLW-AWS-999, reason: typo, expires: "2026-12-31"}
                      - {rule: SLW-AWS-001, reason: " ", expires: "2026-12-31"}
                      - {rule: SLW-AWS-003, reason: fine, expires: "31.12.2026"}
                """);

        // WHEN it is loaded as pulumi up and every command load it THEN each problem has its key path
        assertThatThrownBy(() -> SpecRules.loader().loadStackFile(file))
                .isInstanceOfSatisfying(InvalidEnvironmentException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path() + ": " + p.message())
                        .anySatisfy(m -> assertThat(m).startsWith("waivers[1].rule: unknown policy rule 'SLW-AWS-999'; valid: SLW-AWS-001,"))
                        .anySatisfy(m -> assertThat(m).startsWith("waivers[2].reason: must say why"))
                        .anySatisfy(m -> assertThat(m).startsWith("waivers[3].expires: '31.12.2026' is not an ISO date")));
    }

    @Test
    void resourceNamesMustBeNamesAndARuleWideWaiverStandsAlone(@TempDir Path dir) throws Exception {
        // GIVEN dev (which waives SLW-AWS-009 for the controller only) with a bad resource name, and a rule-wide
        // waiver of that same rule next to dev's scoped one
        Path file = TestEnvironments.copyOfDev(dir, "dev");
        Files.writeString(file, Files.readString(file) + """
                      - {rule: SLW-AWS-001, reason: partner VPN, expires: 2026-12-31, resources: ["dev blue; rm -rf"]}
                      - {rule: SLW-AWS-009, reason: everything, expires: 2026-12-31}
                """);

        // WHEN it is loaded THEN both are problems at their keys, and nothing else is
        assertThatThrownBy(() -> SpecRules.loader().loadStackFile(file))
                .isInstanceOfSatisfying(InvalidEnvironmentException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path() + ": " + p.message())
                        .containsExactlyInAnyOrder(
                                "waivers[1].resources[0]: 'dev blue; rm -rf' is not a resource name: 1 to 200 letters, digits,"
                                        + " '.', '_', '-', and '*' for any text",
                                "waivers[2].rule: rule SLW-AWS-009 is waived twice; keep one waiver per rule, or give each its own"
                                        + " resources"));
    }

    @Test
    void aValidWaiverLoads(@TempDir Path dir) throws Exception {
        // GIVEN a well-formed waiver WHEN loaded THEN the spec carries it
        Path file = TestEnvironments.copyOfDev(dir, "dev");
        Files.writeString(file, Files.readString(file) + """
                      - {rule: SLW-AWS-001, reason: partner VPN, expires: 2026-12-31}
                """);
        assertThat(SpecRules.loader().loadStackFile(file).spec().waivers())
                .endsWith(new WaiverSpec("SLW-AWS-001", "partner VPN", "2026-12-31"));
    }
}
