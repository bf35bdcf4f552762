package io.slipway.ops.cli;

import io.slipway.model.loading.InvalidEnvironmentException;
import io.slipway.ops.OperationFailedException;
import io.slipway.ops.RefusedException;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How every command that changes an environment (upgrade, destroy, recreate, drill, dev) reports its
 * end: a refusal or an invalid environment exits 2, a failed operation exits 1, each as one clear
 * message on stderr and never a stack trace.
 */
public final class OperationOutcome {
    public static final int FAILED = 1;
    public static final int REFUSED = 2;

    /** One operation's body: prints to {@code out}, returns its exit code. */
    @FunctionalInterface
    public interface Body {
        int run(PrintWriter out);
    }

    private OperationOutcome() {}

    /** Runs {@code body} with the command's output and maps what it throws to an exit code. */
    public static int of(CommandSpec spec, Body body) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return body.run(out);
        } catch (RefusedException e) {
            err.println("refused: " + e.getMessage());
            return REFUSED;
        } catch (InvalidEnvironmentException e) {
            err.println("invalid environment:");
            e.problems().forEach(problem -> err.println("  " + problem.render()));
            return REFUSED;
        } catch (OperationFailedException e) {
            err.println("failed: " + e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            err.println("failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return FAILED;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
