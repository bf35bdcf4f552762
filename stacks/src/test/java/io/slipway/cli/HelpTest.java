package io.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.cli.bootstrap.ComponentStateBackendPrograms;
import io.slipway.plan.TinyPlatform;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HelpTest {
    private static final CliServices SERVICES = CliRun.services(Path.of("."), TinyPlatform::define,
            new ComponentStateBackendPrograms(), (stack, config, program) -> Map.of(), "");

    @Test
    void everyCommandHasHelp() {
        // GIVEN every registered command, nested ones included
        List<List<String>> commands = new ArrayList<>();
        collect(SlipwayCommand.commandLine(SERVICES), new ArrayList<>(), commands);
        assertThat(commands).contains(List.of(), List.of("plan"), List.of("validate"), List.of("environments"),
                List.of("bootstrap"), List.of("bootstrap", "aws"), List.of("bootstrap", "gcp"));

        for (List<String> command : commands) {
            // WHEN it is asked for --help
            var args = new ArrayList<>(command);
            args.add("--help");
            var run = CliRun.run(SERVICES, args.toArray(String[]::new));

            // THEN it prints its usage and succeeds
            assertThat(run.exitCode()).as("exit code of %s --help", command).isZero();
            assertThat(run.out()).as("help of %s", command)
                    .startsWith("Usage: " + String.join(" ", prefixed(command)))
                    .contains("-h, --help");
        }
    }

    @Test
    void noCommandPrintsTheUsage() {
        // GIVEN no arguments WHEN slipway runs THEN it lists the commands
        var run = CliRun.run(SERVICES);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Commands:").contains("plan").contains("bootstrap");
    }

    @Test
    void misspeltCommandSuggestsTheRightOne() {
        // GIVEN a typo WHEN slipway runs THEN it suggests the command, exit 2
        var run = CliRun.run(SERVICES, "plna", "dev");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("slipway plan").contains("--help");
    }

    private static List<String> prefixed(List<String> command) {
        var words = new ArrayList<String>();
        words.add("slipway");
        words.addAll(command);
        return words;
    }

    private static void collect(CommandLine commandLine, List<String> path, List<List<String>> into) {
        into.add(List.copyOf(path));
        commandLine.getSubcommands().forEach((name, sub) -> {
            if (!name.equals(sub.getCommandName())) {
                return; // an alias of a command already listed
            }
            var subPath = new ArrayList<>(path);
            subPath.add(name);
            collect(sub, subPath, into);
        });
    }
}
