package io.slipway.review.policy;

import io.slipway.model.WaiverSpec;
import io.slipway.review.graph.PlanGraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates the catalog on a plan graph with an environment's waivers. A waiver covers every
 * violation of its rule in the environment up to and including its {@code expires} day; after that
 * it waives nothing and is reported as a failure of its own, so an exception is revisited.
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
            Optional<WaiverSpec> waiver = waivers.stream().filter(w -> w.rule().equals(rule.id())).findFirst();
            boolean expired = waiver.map(this::expired).orElse(false);
            for (Violation violation : rule.evaluate(graph)) {
                Finding.Status status = waiver.isPresent() && !expired ? Finding.Status.WAIVED
                        : rule.severity().atLeast(threshold) ? Finding.Status.FAIL : Finding.Status.BELOW_THRESHOLD;
                findings.add(new Finding(rule, violation, status, waiver));
            }
            if (expired) {
                findings.add(new Finding(rule, new Violation("", "", "waivers", "the waiver of " + rule.id() + " expired on "
                        + waiver.get().expires() + "; renew it with a new reason or fix the violation"), Finding.Status.EXPIRED_WAIVER, waiver));
            }
        }
        return new CheckReport(stack, catalog.rules().size(), threshold, findings);
    }

    private boolean expired(WaiverSpec waiver) {
        // WaiverRule has validated the date when the environment loaded.
        return LocalDate.parse(waiver.expires()).isBefore(today);
    }
}
