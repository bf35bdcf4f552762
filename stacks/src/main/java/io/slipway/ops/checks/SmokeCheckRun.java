package io.slipway.ops.checks;

import io.slipway.ops.SlotTarget;
import java.io.PrintWriter;
import java.util.List;

/**
 * One run of a slot's smoke checks, every outcome printed for the operator. The slot passes only
 * when checks ran and every one passed: a run with no checks proves nothing.
 *
 * @param results every check's outcome, in the order the checks ran
 */
public record SmokeCheckRun(List<CheckResult> results) {
    public static SmokeCheckRun of(SmokeChecks checks, SlotTarget target, PrintWriter out) {
        List<CheckResult> results = checks.run(target);
        results.forEach(result -> out.println("  " + result.render()));
        return new SmokeCheckRun(results);
    }

    public boolean passed() {
        return !results.isEmpty() && results.stream().allMatch(CheckResult::passed);
    }

    /** Why the run did not pass: {@code none ran}, or the names of the failed checks. */
    public String failures() {
        return results.isEmpty() ? "none ran"
                : String.join(", ", results.stream().filter(result -> !result.passed()).map(CheckResult::name).toList());
    }
}
