package io.slipway.review.policy;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.WaiverSpec;
import io.slipway.model.loading.Problem;
import io.slipway.model.loading.SpecRule;
import io.slipway.model.validation.Echo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Waivers name a rule {@code slipway check} knows, say why, and expire on a real date. */
public final class WaiverRule implements SpecRule {
    private static final Pattern RESOURCE_GLOB = Pattern.compile("[A-Za-z0-9._*-]{1,200}");
    private final List<String> ruleIds;

    public WaiverRule(List<String> ruleIds) {
        this.ruleIds = List.copyOf(ruleIds);
    }

    /** The rule over the built-in catalog. */
    public static WaiverRule builtIn() {
        return new WaiverRule(PolicyCatalog.builtIn().ids());
    }

    @Override
    public List<Problem> check(EnvironmentSpec spec, String source) {
        List<Problem> problems = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        List<String> seenRuleWide = new ArrayList<>();
        for (int i = 0; i < spec.waivers().size(); i++) {
            WaiverSpec waiver = spec.waivers().get(i);
            String path = "waivers[" + i + "]";
            if (!ruleIds.contains(waiver.rule())) {
                problems.add(new Problem(source, path + ".rule", "unknown policy rule '" + waiver.rule() + "'; valid: "
                        + String.join(", ", ruleIds) + " (slipway check --list)"));
            } else if (seen.contains(waiver.rule()) && (waiver.resources().isEmpty() || seenRuleWide.contains(waiver.rule()))) {
                problems.add(new Problem(source, path + ".rule", "rule " + waiver.rule() + " is waived twice; keep one waiver per rule,"
                        + " or give each its own resources"));
            }
            seen.add(waiver.rule());
            if (waiver.resources().isEmpty()) {
                seenRuleWide.add(waiver.rule());
            }
            for (int r = 0; r < waiver.resources().size(); r++) {
                String resource = waiver.resources().get(r);
                if (!RESOURCE_GLOB.matcher(resource).matches()) {
                    problems.add(new Problem(source, path + ".resources[" + r + "]", Echo.quote(resource)
                            + " is not a resource name: 1 to 200 letters, digits, '.', '_', '-', and '*' for any text"));
                }
            }
            if (waiver.reason().isBlank()) {
                problems.add(new Problem(source, path + ".reason", "must say why the violation is accepted"));
            }
            try {
                LocalDate.parse(waiver.expires());
            } catch (DateTimeParseException e) {
                problems.add(new Problem(source, path + ".expires", "'" + waiver.expires() + "' is not an ISO date such as 2026-12-31"));
            }
        }
        return problems;
    }
}
