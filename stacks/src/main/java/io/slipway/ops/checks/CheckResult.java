package io.slipway.ops.checks;

/**
 * One smoke check's outcome.
 *
 * @param name   what was checked ({@code nodes ready})
 * @param passed whether it passed
 * @param detail what was seen, for the operator
 */
public record CheckResult(String name, boolean passed, String detail) {
    public String render() {
        return (passed ? "PASS " : "FAIL ") + name + (detail.isEmpty() ? "" : ": " + detail);
    }
}
