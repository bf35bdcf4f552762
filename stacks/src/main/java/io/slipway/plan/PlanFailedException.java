package io.slipway.plan;

import java.util.List;

/**
 * The program itself failed on the offline engine (an exception or a logged error): the environment
 * was valid, but what it would build cannot be shown.
 */
public final class PlanFailedException extends RuntimeException {
    /** How the SDK wraps an unhandled exception, stack trace included; its root cause is listed on its own. */
    private static final String SDK_EXCEPTION_WRAPPER = "Running program [PID:";

    private final transient List<String> errors;

    public PlanFailedException(String stack, List<String> errors) {
        super("the program of stack '" + stack + "' failed on the offline engine:\n  "
                + String.join("\n  ", concise(errors)), null, false, false);
        this.errors = List.copyOf(errors);
    }

    /** Every error as the engine recorded it, stack traces included. */
    public List<String> errors() {
        return errors;
    }

    private static List<String> concise(List<String> errors) {
        var concise = errors.stream().filter(e -> !e.startsWith(SDK_EXCEPTION_WRAPPER)).distinct().toList();
        return concise.isEmpty() ? errors : concise;
    }
}
