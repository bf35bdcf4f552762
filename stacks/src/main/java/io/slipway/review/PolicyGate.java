package io.slipway.review;

import com.pulumi.Context;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.loading.EnvironmentLoader;
import io.slipway.model.loading.LoadedEnvironment;
import io.slipway.model.loading.Problem;
import io.slipway.model.loading.SpecRule;
import io.slipway.plan.OfflinePlanner;
import io.slipway.plan.Plan;
import io.slipway.platform.PlatformProgram;
import io.slipway.platform.SpecRules;
import io.slipway.review.graph.PlanGraph;
import io.slipway.review.policy.CheckReport;
import io.slipway.review.policy.Finding;
import io.slipway.review.policy.PolicyCatalog;
import io.slipway.review.policy.PolicyCheck;
import io.slipway.review.policy.Severity;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in policy checks wherever Slipway loads an environment to act on it: {@code check},
 * {@code plan} and {@code validate} call {@link #check}; the operational commands load through
 * {@link #loader()}, whose extra rule plans the environment offline and refuses it, like any other
 * invalid environment, while an unwaived violation remains. So nothing that violates a rule is applied
 * by Slipway.
 */
public final class PolicyGate implements SpecRule {
    private static final Pattern STACK_FILE = Pattern.compile(".*Pulumi\\.([A-Za-z0-9_.-]+)\\.yaml$");

    private final BiConsumer<Context, EnvironmentSpec> program;
    private final PolicyCheck policyCheck;
    private LoadedEnvironment lastChecked;
    private List<Problem> lastProblems = List.of();

    public PolicyGate(BiConsumer<Context, EnvironmentSpec> program, Severity threshold, Clock clock) {
        this.program = program;
        this.policyCheck = new PolicyCheck(PolicyCatalog.builtIn(), threshold, LocalDate.now(clock));
    }

    /** The loader of {@link SpecRules} plus the policy check on the real program, every severity failing. */
    public static EnvironmentLoader loader() {
        List<SpecRule> rules = new ArrayList<>(SpecRules.rules());
        rules.add(new PolicyGate(PlatformProgram::define, Severity.LOW, Clock.systemUTC()));
        return new EnvironmentLoader(rules);
    }

    /** Checks a planned environment against the built-in rules and its waivers. */
    public CheckReport check(Plan plan, LoadedEnvironment loaded) {
        return policyCheck.evaluate(plan.stack(), new PlanGraph(plan.resources()), loaded.spec().waivers());
    }

    /** As a loader rule: plans the environment and reports each failure as a problem of the file. */
    @Override
    public List<Problem> check(EnvironmentSpec spec, String source) {
        LoadedEnvironment loaded = new LoadedEnvironment(source, spec, List.of());
        // Commands read the same environment several times; plan it once.
        if (!Objects.equals(loaded, lastChecked)) {
            Plan plan = new OfflinePlanner(program).plan(stackOf(source), loaded);
            lastProblems = check(plan, loaded).failures().stream().map(f -> problem(f, source)).toList();
            lastChecked = loaded;
        }
        return lastProblems;
    }

    private static Problem problem(Finding f, String source) {
        String what = f.violation().type().isEmpty() ? "" : f.violation().type() + " " + f.violation().name() + ": ";
        return new Problem(source, f.status() == Finding.Status.EXPIRED_WAIVER ? "waivers" : "",
                "policy " + f.rule().id() + " (" + f.rule().severity() + ", " + f.rule().title() + "): " + what
                        + f.violation().message() + "; fix it or add a waiver (docs/review.md)");
    }

    private static String stackOf(String source) {
        Matcher m = STACK_FILE.matcher(source);
        return m.matches() ? m.group(1) : "check";
    }
}
