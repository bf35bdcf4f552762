package io.slipway.review.policy;

import io.slipway.model.WaiverSpec;
import io.slipway.review.graph.PlanGraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates the catalog on a plan graph with an environment's waivers. A waiver covers the
 * violations of its rule (on the resources it names, or all of them) up to and including its
 * {@code expires} day; after that it waives nothing and is reported as a failure of its own, so an
 * exception is revisited.
 */
public final class PolicyCheck {
    private final PolicyCatalog catalog;
    private final Severity threshold;
    private final LocalDate today;

    public PolicyCheck(PolicyCatalog catalog, Severity threshold, LocalDate today) {
        this.catalog = catalog;
        this.threshold = threshold;
        this.today = today;
    }

    public CheckReport evaluate(String stack, PlanGraph graph, List<WaiverSpec> waivers) {
        List<Finding> findings = new ArrayList<>();
        for (PolicyRule rule : catalog.rules()) {
            List<WaiverSpec> ofRule = waivers.stream().filter(w -> w.rule().equals(rule.id())).toList();
            for (Violation violation : rule.evaluate(graph)) {
                Optional<WaiverSpec> waiver = ofRule.stream().filter(w -> w.covers(violation.name())).findFirst();
                boolean waived = waiver.isPresent() && !expired(waiver.get());
                Finding.Status status = waived ? Finding.Status.WAIVED
                        : rule.severity().atLeast(threshold) ? Finding.Status.FAIL : Finding.Status.BELOW_THRESHOLD;
                findings.add(new Finding(rule, violation, status, waiver));
            }
            for (WaiverSpec waiver : ofRule) {
                if (expired(waiver)) {
                    findings.add(new Finding(rule, new Violation("", "", "waivers", "the waiver of " + rule.id() + " expired on "
                            + waiver.expires() + "; renew it with a new reason or fix the violation"), Finding.Status.EXPIRED_WAIVER,
                            Optional.of(waiver)));
                }
            }
        }
        return new CheckReport(stack, catalog.rules().size(), threshold, findings);
    }

    private boolean expired(WaiverSpec waiver) {
        // WaiverRule has validated the date when the environment loaded.
        return LocalDate.parse(waiver.expires()).isBefore(today);
    }
}
