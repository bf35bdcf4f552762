package io.slipway.cli;

import com.pulumi.Context;
import io.slipway.cli.bootstrap.AutomationStateBootstrapper;
import io.slipway.cli.bootstrap.ComponentStateBackendPrograms;
import io.slipway.cli.bootstrap.StateBackendPrograms;
import io.slipway.cli.bootstrap.StateBootstrapper;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.team.TeamCatalog;
import io.slipway.platform.PlatformProgram;
import io.slipway.platform.ProjectTeams;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * What the commands need from outside themselves, in one place so tests can give them a small
 * program, a fake bootstrapper and scripted answers.
 *
 * @param home                 the project root (environments/ and teams/ live there); the launcher passes it
 *                             as {@code -Dslipway.home}, else the current directory
 * @param platformProgram      the program {@code plan} runs on the offline engine
 * @param stateBackendPrograms the programs {@code bootstrap} deploys
 * @param bootstrapper         deploys a bootstrap program for real
 * @param input                where confirmations are read from
 * @param teamFiles            the project's team files, read at the first call and kept for the command
 *                             ({@link ProjectTeams#readOnce}); production's program places the same catalog
 */
public record CliServices(
        Path home,
        BiConsumer<Context, EnvironmentSpec> platformProgram,
        StateBackendPrograms stateBackendPrograms,
        StateBootstrapper bootstrapper,
        BufferedReader input,
        Supplier<TeamCatalog> teamFiles) {

    public static final String HOME_PROPERTY = "slipway.home";

    public static CliServices production() {
        Path home = projectRoot();
        // One read of the team files serves the check before planning and every stack's program.
        Supplier<TeamCatalog> teams = ProjectTeams.readOnce(home);
        return new CliServices(home, PlatformProgram.withProjectTeams(teams), new ComponentStateBackendPrograms(),
                new AutomationStateBootstrapper(Path.of(System.getProperty("user.home"), ".slipway", "bootstrap")),
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), teams);
    }

    /** The environments directory when {@code --environments} is not given. */
    public Path defaultEnvironments() {
        return home.resolve("environments");
    }

    /**
     * The project's team files, validated; the plan and validate commands call it before anything runs,
     * so a bad team file is a user mistake (exit 2) rather than a failed plan.
     *
     * @throws io.slipway.model.team.InvalidTeamsException with every problem of every team file
     */
    public TeamCatalog teams() {
        return teamFiles.get();
    }

    private static Path projectRoot() {
        String home = System.getProperty(HOME_PROPERTY);
        return (home == null || home.isBlank() ? Path.of("") : Path.of(home)).toAbsolutePath().normalize();
    }
}
