package io.slipway.cli;

import io.slipway.model.loading.LoadedEnvironment;
import io.slipway.plan.OfflinePlanner;
import io.slipway.review.PolicyGate;
import io.slipway.review.policy.CheckReport;
import io.slipway.review.policy.CheckReportJson;
import io.slipway.review.policy.CheckReportText;
import io.slipway.review.policy.PolicyCatalog;
import io.slipway.review.policy.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code slipway check ENV|--all}: the built-in policy rules on the offline plan, with the environment's waivers. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Evaluates the built-in policy rules (stable ids, severities, checkov/CIS mapping) on the offline plan.",
                "Exit codes: 0 passed, 3 an unwaived violation at or above the threshold or an expired waiver, 2 a user mistake."})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    SlipwayCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    StackSelection stacks;

    @Mixin
    EnvironmentsOption environments;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write every finding as JSON to FILE.")
    Path json;

    @Option(names = "--severity", paramLabel = "LEVEL", defaultValue = "low", converter = SeverityConverter.class,
            description = "Fail on violations at or above LEVEL: low, medium, high, critical (default: ${DEFAULT-VALUE}).")
    Severity threshold;

    @Option(names = "--list", description = "List the rules (id, severity, rule, rationale, checkov/CIS id) and exit.")
    boolean list;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            out.print(new CheckReportText().renderCatalog(PolicyCatalog.builtIn()));
            out.flush();
            return 0;
        }
        JsonOutput.requireDirectory("--json", json);
        var planner = new OfflinePlanner(root.services().platformProgram());
        var gate = new PolicyGate(root.services().platformProgram(), threshold, Clock.systemUTC());
        List<CheckReport> reports = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        int exitCode = stacks.forEach(spec, environments.stackFiles(root.services()), (stack, file) -> {
            unchecked.add(stack); // until its report is in
            LoadedEnvironment loaded = planner.validate(file);
            CheckReport report = gate.check(planner.plan(stack, file, loaded), loaded);
            out.print(new CheckReportText().render(report, loaded.source()));
            out.flush();
            reports.add(report);
            unchecked.remove(stack);
            return report.passed() ? 0 : CliErrorHandler.FINDINGS;
        });
        if (json != null) {
            JsonOutput.write(json, new CheckReportJson().toJson(reports, unchecked));
            out.println("Wrote the findings as JSON to " + json);
        }
        out.flush();
        return exitCode;
    }

    static final class SeverityConverter implements picocli.CommandLine.ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            try {
                return Severity.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
