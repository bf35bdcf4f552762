package io.slipway.cli;

import com.pulumi.Context;
import io.slipway.cli.bootstrap.StateBackendPrograms;
import io.slipway.cli.bootstrap.StateBootstrapper;
import io.slipway.model.EnvironmentSpec;
import io.slipway.platform.ProjectTeams;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/** Runs the command line in-process, as a user would from the shell, capturing what it prints. */
public record CliRun(int exitCode, String out, String err) {
    public static CliRun run(CliServices services, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var commandLine = SlipwayCommand.commandLine(services, args);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** Services for a project rooted at {@code home}, planning {@code program}, answering {@code input} when asked. */
    public static CliServices services(Path home, BiConsumer<Context, EnvironmentSpec> program,
                                       StateBackendPrograms programs, StateBootstrapper bootstrapper, String input) {
        return new CliServices(home, program, programs, bootstrapper, new BufferedReader(new StringReader(input)),
                ProjectTeams.readOnce(home));
    }
}
