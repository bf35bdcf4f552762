package io.slipway.review.policy;

import io.slipway.review.graph.PlanGraph;
import java.util.List;
import java.util.function.Function;

/**
 * One built-in policy rule, evaluated on the offline plan's graph.
 *
 * @param id        stable id ({@code SLW-AWS-001}); waivers and CI refer to it, so it never changes meaning
 * @param severity  how bad a violation is
 * @param title     what the rule requires, in a line
 * @param rationale why, in a line
 * @param reference the checkov check and/or CIS benchmark item it corresponds to ("none" when neither has one)
 * @param check     the violations in a plan
 */
public record PolicyRule(String id, Severity severity, String title, String rationale, String reference,
                         Function<PlanGraph, List<Violation>> check) {
    public List<Violation> evaluate(PlanGraph graph) {
        return check.apply(graph);
    }
}
