package io.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.cli.bootstrap.ComponentStateBackendPrograms;
import io.slipway.plan.TinyPlatform;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line builds the models of the operational commands only when the arguments may need them. */
class CommandLineConstructionTest {
    private static final CliServices SERVICES = CliRun.services(Path.of("."), TinyPlatform::define,
            new ComponentStateBackendPrograms(), (stack, config, program) -> Map.of(), "");

    @Test
    void aCommandOfTheRootBuildsOnlyItsOwnModel() {
        // WHEN the command line is built for plan, validate, environments, bootstrap or check
        // THEN that command is its only subcommand: no other command's model is built, operational ones included
        for (String command : new String[] {"plan", "validate", "environments", "bootstrap", "check"}) {
            assertThat(SlipwayCommand.commandLine(SERVICES, command, "dev").getSubcommands())
                    .as(command).containsOnlyKeys(command);
        }
    }

    @Test
    void everyCommandIsListedOnceUnderItsAnnotatedName() {
        // GIVEN the root's command list WHEN every command is built (for --help)
        var names = SlipwayCommand.commandLine(SERVICES, "--help").getSubcommands().keySet();

        // THEN usage lists them in the list's order, the operational and dev commands after them
        assertThat(names).startsWith("plan", "validate", "environments", "teams", "bootstrap", "check", "diff", "cost", "graph")
                .contains("upgrade", "dev").doesNotHaveDuplicates();
    }

    @Test
    void helpTyposAndTheOperationalCommandsGetEveryCommand() {
        // WHEN the arguments name an operational command, ask for help, misspell a command or are empty
        // THEN every command is there, so usage lists them all and a typo gets its suggestion
        for (String[] args : new String[][] {{"upgrade", "status", "dev"}, {"--help"}, {"upgarde"}, {}}) {
            assertThat(SlipwayCommand.commandLine(SERVICES, args).getSubcommands())
                    .containsKeys("plan", "validate", "upgrade", "destroy", "recreate", "drill");
        }
        var typo = CliRun.run(SERVICES, "upgarde");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("upgrade");
    }
}
