package io.slipway.review.policy;

import java.util.Locale;

/** {@code slipway check} for people: one line per finding, then the verdict. */
public final class CheckReportText {
    public String render(CheckReport report, String source) {
        var text = new StringBuilder();
        text.append("Policy check of ").append(report.stack()).append(source.isEmpty() ? "" : " (" + source + ")").append(": ")
                .append(report.rules()).append(" rules, failing at ").append(lower(report.threshold())).append(" and above\n");
        for (Finding f : report.findings()) {
            text.append(String.format("  %-8s %-12s %-8s ", label(f.status()), f.rule().id(), f.rule().severity()));
            if (!f.violation().type().isEmpty()) {
                text.append(f.violation().type()).append(' ').append(f.violation().name()).append(": ");
            }
            text.append(f.violation().message()).append('\n');
            text.append("           ").append(f.rule().title()).append(" [").append(f.rule().reference()).append("]\n");
            f.waiver().filter(w -> f.status() == Finding.Status.WAIVED)
                    .ifPresent(w -> text.append("           waived until ").append(w.expires()).append(": ").append(w.reason()).append('\n'));
        }
        long failures = report.failures().size();
        long waived = report.findings().stream().filter(f -> f.status() == Finding.Status.WAIVED).count();
        text.append(report.stack()).append(": ").append(report.passed() ? "passed" : "FAILED").append(" (")
                .append(failures).append(failures == 1 ? " failure" : " failures").append(", ").append(waived).append(" waived)\n");
        return text.toString();
    }

    /** The catalog, for {@code slipway check --list} and the docs. */
    public String renderCatalog(PolicyCatalog catalog) {
        var text = new StringBuilder("| id | severity | rule | why | checkov / CIS |\n|---|---|---|---|---|\n");
        for (PolicyRule r : catalog.rules()) {
            text.append("| ").append(r.id()).append(" | ").append(lower(r.severity())).append(" | ").append(r.title()).append(" | ")
                    .append(r.rationale()).append(" | ").append(r.reference()).append(" |\n");
        }
        return text.toString();
    }

    private static String label(Finding.Status status) {
        return switch (status) {
            case FAIL -> "FAIL";
            case BELOW_THRESHOLD -> "note";
            case WAIVED -> "waived";
            case EXPIRED_WAIVER -> "EXPIRED";
        };
    }

    private static String lower(Severity s) {
        return s.name().toLowerCase(Locale.ROOT);
    }
}
