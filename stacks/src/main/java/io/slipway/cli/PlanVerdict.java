package io.slipway.cli;

import com.pulumi.Context;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.loading.LoadedEnvironment;
import io.slipway.plan.Plan;
import io.slipway.review.PolicyGate;
import io.slipway.review.policy.CheckReport;
import io.slipway.review.policy.CheckReportText;
import io.slipway.review.policy.Severity;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.function.BiConsumer;

/**
 * The policy checks every offline plan ends with ({@code plan}, {@code validate}, {@code dev up
 * --offline}): the report printed after the plan, and exit code 3 when a check of any severity fails.
 */
public final class PlanVerdict {
    private final PolicyGate gate;

    /** One per command, shared by its stacks: every severity fails. */
    public PlanVerdict(BiConsumer<Context, EnvironmentSpec> program) {
        this.gate = new PolicyGate(program, Severity.LOW, Clock.systemUTC());
    }

    /** Prints the report of {@code plan}; returns 0 when every check passed, else {@link CliErrorHandler#FINDINGS}. */
    public int print(Plan plan, LoadedEnvironment loaded, PrintWriter out) {
        CheckReport report = gate.check(plan, loaded);
        out.println();
        out.print(new CheckReportText().render(report, loaded.source()));
        return report.passed() ? 0 : CliErrorHandler.FINDINGS;
    }
}
