package io.slipway.review.policy;

import java.util.List;

/**
 * The result of checking one environment.
 *
 * @param stack     the environment
 * @param rules     how many rules ran
 * @param threshold the lowest severity that fails
 * @param findings  every violation and expired waiver, in rule order
 */
public record CheckReport(String stack, int rules, Severity threshold, List<Finding> findings) {
    public CheckReport {
        findings = List.copyOf(findings);
    }

    public boolean passed() {
        return findings.stream().noneMatch(Finding::fails);
    }

    public List<Finding> failures() {
        return findings.stream().filter(Finding::fails).toList();
    }
}
