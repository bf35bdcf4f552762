package io.slipway.review.graph;

import io.slipway.review.ExternalTool;
import io.slipway.review.ReviewInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** SVG through Graphviz's {@code dot}, when it is installed. */
public final class Graphviz {
    private final ExternalTool dot;

    public Graphviz(ExternalTool dot) {
        this.dot = dot;
    }

    /** The SVG of a DOT graph; a clear message when {@code dot} is missing or refuses the input. */
    public String svg(String dotSource) {
        var result = dot.run(List.of("-Tsvg"), dotSource.getBytes(StandardCharsets.UTF_8),
                "install Graphviz for --format svg (apt-get install graphviz, brew install graphviz), "
                        + "or use --format mermaid or --format dot, which need nothing");
        if (!result.ok()) {
            throw new ReviewInputException("dot -Tsvg failed (exit " + result.exitCode() + "): " + result.stderr().strip());
        }
        return result.stdout();
    }
}
