package io.slipway.addons.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One platform alert as Prometheus evaluates it.
 *
 * @param name     the alert name, also its runbook page {@code docs/runbooks/alerts/<name>.md}
 * @param expr     the PromQL expression; a result means the alert is pending
 * @param forDuration how long the expression must hold before the alert fires ({@code 15m})
 * @param severity {@code critical} (pages someone) or {@code warning} (a ticket for working hours)
 * @param summary  one line saying what is wrong
 */
public record AlertRule(String name, String expr, String forDuration, String severity, String summary) {
    public AlertRule {
        if (!name.matches("Slipway[A-Za-z]+")) {
            throw new IllegalArgumentException("alert '" + name + "' must be a CamelCase name starting with Slipway");
        }
        if (!severity.equals("critical") && !severity.equals("warning")) {
            throw new IllegalArgumentException("alert " + name + ": severity '" + severity + "' must be critical or warning");
        }
        if (!forDuration.matches("\\d+[smh]")) {
            throw new IllegalArgumentException("alert " + name + ": for '" + forDuration + "' must be a duration like 15m");
        }
    }

    /** The rule as a PrometheusRule expects it, with the runbook link under {@code runbookBaseUrl}. */
    public Map<String, Object> toRule(String runbookBaseUrl) {
        var rule = new LinkedHashMap<String, Object>();
        rule.put("alert", name);
        rule.put("expr", expr);
        rule.put("for", forDuration);
        rule.put("labels", Map.of("severity", severity, "source", "slipway"));
        rule.put("annotations", Map.of("summary", summary, "runbook_url", runbookUrl(runbookBaseUrl)));
        return rule;
    }

    public String runbookUrl(String runbookBaseUrl) {
        return runbookBaseUrl.replaceAll("/+$", "") + "/" + name + ".md";
    }
}
