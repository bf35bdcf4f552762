package io.slipway.cli;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.SlotSpec;
import io.slipway.model.loading.InvalidEnvironmentException;
import io.slipway.model.validation.Echo;
import io.slipway.plan.OfflinePlanner;
import io.slipway.plan.StackFiles;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code slipway environments}: the stacks there are, with what each runs where. */
@Command(name = "environments", mixinStandardHelpOptions = true,
        description = "Lists the stacks in the environments directory with their cloud, tier, region, cluster "
                + "slots, Kubernetes versions and traffic weights.")
final class EnvironmentsCommand implements Callable<Integer> {
    private static final List<String> HEADER = List.of("STACK", "CLOUD", "TIER", "REGION", "SLOTS (version, weight)");

    @ParentCommand
    SlipwayCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    EnvironmentsOption environments;

    @Override
    public Integer call() {
        StackFiles files = environments.stackFiles(root.services());
        var out = spec.commandLine().getOut();
        if (files.stacks().isEmpty()) {
            out.println("No Pulumi.<stack>.yaml files in " + files.directory());
            out.flush();
            return 0;
        }
        var planner = new OfflinePlanner(root.services().platformProgram());
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (String stack : files.stacks()) {
            try {
                rows.add(row(stack, planner.validate(files.fileOf(stack)).spec()));
            } catch (InvalidEnvironmentException e) {
                String shown = Echo.escape(stack);
                rows.add(List.of(shown, "-", "-", "-", "invalid: run `slipway validate " + shown + "`"));
            }
        }
        printTable(out, rows);
        out.flush();
        return 0;
    }

    private static List<String> row(String stack, EnvironmentSpec spec) {
        return List.of(Echo.escape(stack), lower(spec.cloud()), lower(spec.tier()), spec.region(), slots(spec.slots()));
    }

    private static String slots(Map<String, SlotSpec> slots) {
        return slots.entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue().kubernetesVersion() + ", " + e.getValue().weight() + "%)")
                .collect(Collectors.joining(", "));
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** Prints rows (the first is the header) in columns two spaces apart. */
    static void printTable(PrintWriter out, List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        rows.forEach(row -> {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        for (List<String> row : rows) {
            var line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(i == columns - 1 ? row.get(i) : String.format("%-" + widths[i] + "s  ", row.get(i)));
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
