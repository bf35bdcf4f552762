package io.slipway.review.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code slipway check --json}: the reports as plain maps, for CI to read. */
public final class CheckReportJson {
    public Map<String, Object> toJson(List<CheckReport> reports) {
        return toJson(reports, List.of());
    }

    /**
     * @param unchecked stacks that could not be checked (an invalid file, a failed plan): listed, and then the
     *                  whole check has not passed
     */
    public Map<String, Object> toJson(List<CheckReport> reports, List<String> unchecked) {
        var root = new LinkedHashMap<String, Object>();
        root.put("passed", unchecked.isEmpty() && reports.stream().allMatch(CheckReport::passed));
        if (!unchecked.isEmpty()) {
            root.put("unchecked", List.copyOf(unchecked));
        }
        root.put("environments", reports.stream().map(CheckReportJson::report).toList());
        return root;
    }

    private static Map<String, Object> report(CheckReport report) {
        var json = new LinkedHashMap<String, Object>();
        json.put("stack", report.stack());
        json.put("passed", report.passed());
        json.put("threshold", report.threshold().name());
        json.put("rules", report.rules());
        json.put("findings", report.findings().stream().map(CheckReportJson::finding).toList());
        return json;
    }

    private static Map<String, Object> finding(Finding f) {
        var json = new LinkedHashMap<String, Object>();
        json.put("rule", f.rule().id());
        json.put("severity", f.rule().severity().name());
        json.put("status", f.status().name());
        json.put("title", f.rule().title());
        json.put("reference", f.rule().reference());
        json.put("urn", f.violation().urn());
        json.put("type", f.violation().type());
        json.put("name", f.violation().name());
        json.put("message", f.violation().message());
        f.waiver().ifPresent(w -> json.put("waiver", Map.of("reason", w.reason(), "expires", w.expires())));
        return json;
    }
}
