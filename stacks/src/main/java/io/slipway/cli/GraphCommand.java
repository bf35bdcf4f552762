package io.slipway.cli;

import io.slipway.plan.OfflinePlanner;
import io.slipway.review.ExternalTool;
import io.slipway.review.graph.ComponentGraph;
import io.slipway.review.graph.GraphRenderer;
import io.slipway.review.graph.Graphviz;
import io.slipway.review.graph.PlanGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code slipway graph <stack>}: the offline plan as a picture, grouped by foundation, slots and add-ons. */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = {"Draws the offline plan: one box per component with its resource count, grouped by foundation, "
                + "slot and add-ons, an arrow where one component depends on another.",
                "Mermaid renders in GitHub markdown; DOT and SVG are Graphviz (svg runs `dot`, which must be installed)."})
final class GraphCommand implements Callable<Integer> {
    /** The picture formats. */
    enum Format { mermaid, dot, svg }

    @ParentCommand
    SlipwayCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<stack>", description = "The stack, e.g. dev for environments/Pulumi.dev.yaml.")
    String stack;

    @Option(names = "--format", defaultValue = "mermaid", paramLabel = "FORMAT",
            description = "mermaid, dot or svg (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the picture to FILE instead of printing it.")
    Path output;

    @Mixin
    EnvironmentsOption environments;

    @Override
    public Integer call() throws IOException {
        Path stackFile = environments.stackFiles(root.services()).fileOf(stack);
        JsonOutput.requireDirectory("--output", output);
        var planner = new OfflinePlanner(root.services().platformProgram());
        ComponentGraph graph = ComponentGraph.of(new PlanGraph(planner.plan(stack, stackFile).resources()));
        var renderer = new GraphRenderer();
        String picture = switch (format) {
            case mermaid -> renderer.mermaid(graph);
            case dot -> renderer.dot(stack, graph);
            case svg -> new Graphviz(new ExternalTool("dot", System.getenv())).svg(renderer.dot(stack, graph));
        };
        var out = spec.commandLine().getOut();
        if (output == null) {
            out.print(picture);
        } else {
            Files.writeString(output, picture);
            out.println("Wrote the " + format + " picture of " + stack + " to " + output);
        }
        out.flush();
        return 0;
    }
}
