package io.slipway.cli;

import io.slipway.cli.bootstrap.BootstrapFailedException;
import io.slipway.model.loading.InvalidEnvironmentException;
import io.slipway.model.loading.Problem;
import io.slipway.model.team.InvalidTeamsException;
import io.slipway.plan.PlanFailedException;
import io.slipway.plan.UnknownStackException;
import io.slipway.review.ReviewInputException;
import java.io.PrintWriter;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * How a command's failure reaches the user. Mistakes they can fix (unknown stack, bad option,
 * invalid environment) get a plain message and exit code {@value #USER_MISTAKE}; anything else is
 * an internal error: one line and a pointer to {@code --debug}, exit code {@value #FAILURE}.
 */
final class CliErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    static final int FAILURE = 1;
    static final int USER_MISTAKE = 2;
    /** The review commands found something: policy failures ({@code check}), or changes ({@code diff}). */
    static final int FINDINGS = 3;
    /** {@code diff}: changes that need extra care (a protected resource replaced or deleted, a prod foundation change). */
    static final int ATTENTION = 4;

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("slipway: " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for the usage.");
        err.flush();
        return USER_MISTAKE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        int exitCode;
        if (e instanceof InvalidEnvironmentException invalid) {
            printProblems(err, "the environment is invalid", invalid.problems());
            exitCode = USER_MISTAKE;
        } else if (e instanceof InvalidTeamsException invalid) {
            printProblems(err, "the team files are invalid", invalid.problems());
            exitCode = USER_MISTAKE;
        } else if (e instanceof UnknownStackException || e instanceof UserMistakeException || e instanceof ReviewInputException) {
            err.println("slipway: " + e.getMessage());
            exitCode = USER_MISTAKE;
        } else if (e instanceof ParameterException parameter) {
            exitCode = handleParseException(parameter, new String[0]);
        } else if (e instanceof PlanFailedException failed) {
            err.println("slipway: " + e.getMessage());
            if (debugRequested(parsed)) {
                failed.errors().forEach(err::println);
            } else {
                err.println("run with --debug for details");
            }
            exitCode = FAILURE;
        } else if (e instanceof BootstrapFailedException) {
            err.println("slipway: " + e.getMessage());
            exitCode = FAILURE;
        } else {
            err.println("slipway: internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            if (debugRequested(parsed)) {
                e.printStackTrace(err);
            } else {
                err.println("run with --debug for details");
            }
            exitCode = FAILURE;
        }
        err.flush();
        return exitCode;
    }

    private static void printProblems(PrintWriter err, String what, java.util.List<Problem> problems) {
        int count = problems.size();
        err.println("slipway: " + what + " (" + count + (count == 1 ? " problem" : " problems") + "); nothing was planned or changed:");
        problems.forEach(p -> err.println("  " + p.render()));
    }

    /** {@code --debug} is inherited by every subcommand: look for it at each level that was parsed. */
    private static boolean debugRequested(ParseResult parsed) {
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
