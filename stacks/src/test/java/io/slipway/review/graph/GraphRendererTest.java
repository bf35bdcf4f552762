package io.slipway.review.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.plan.PlanJsonReader;
import io.slipway.review.ExternalTool;
import io.slipway.review.FakeTools;
import io.slipway.review.ReviewInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The picture of a small plan, compared exactly, and SVG through a fake Graphviz. */
class GraphRendererTest {
    private static final String S = "urn:pulumi:tiny::slipway::pulumi:pulumi:Stack";

    /** A foundation network, a slot with a cluster depending on it, and an add-on depending on the cluster. */
    private static ComponentGraph tiny() {
        String json = """
                {"stack": "tiny", "resources": [
                  {"urn": "%1$s::slipway-tiny", "type": "pulumi:pulumi:Stack", "name": "slipway-tiny", "parent": null},
                  {"urn": "%1$s$slipway:aws:Foundation::tiny", "type": "slipway:aws:Foundation", "name": "tiny", "parent": "%1$s::slipway-tiny"},
                  {"urn": "%1$s$slipway:aws:Foundation$slipway:aws:Network::tiny", "type": "slipway:aws:Network", "name": "tiny",
                   "parent": "%1$s$slipway:aws:Foundation::tiny"},
                  {"urn": "%1$s$slipway:aws:Foundation$slipway:aws:Network$aws:ec2/vpc:Vpc::tiny", "type": "aws:ec2/vpc:Vpc", "name": "tiny",
                   "parent": "%1$s$slipway:aws:Foundation$slipway:aws:Network::tiny"},
                  {"urn": "%1$s$slipway:aws:Foundation$slipway:aws:Network$aws:ec2/subnet:Subnet::tiny-a", "type": "aws:ec2/subnet:Subnet",
                   "name": "tiny-a", "parent": "%1$s$slipway:aws:Foundation$slipway:aws:Network::tiny",
                   "dependencies": ["%1$s$slipway:aws:Foundation$slipway:aws:Network$aws:ec2/vpc:Vpc::tiny"]},
                  {"urn": "%1$s$slipway:platform:ClusterSlot::tiny-blue", "type": "slipway:platform:ClusterSlot", "name": "tiny-blue",
                   "parent": "%1$s::slipway-tiny"},
                  {"urn": "%1$s$slipway:platform:ClusterSlot$slipway:aws:EksCluster::tiny-blue", "type": "slipway:aws:EksCluster",
                   "name": "tiny-blue", "parent": "%1$s$slipway:platform:ClusterSlot::tiny-blue"},
                  {"urn": "%1$s$slipway:platform:ClusterSlot$slipway:aws:EksCluster$aws:eks/cluster:Cluster::tiny-blue",
                   "type": "aws:eks/cluster:Cluster", "name": "tiny-blue", "parent": "%1$s$slipway:platform:ClusterSlot$slipway:aws:EksCluster::tiny-blue",
                   "dependencies": ["%1$s$slipway:aws:Foundation$slipway:aws:Network$aws:ec2/subnet:Subnet::tiny-a"]},
                  {"urn": "%1$s$slipway:platform:ClusterSlot$slipway:addons:AddonSet::tiny-blue-addons", "type": "slipway:addons:AddonSet",
                   "name": "tiny-blue-addons", "parent": "%1$s$slipway:platform:ClusterSlot::tiny-blue"},
                  {"urn": "%1$s$slipway:platform:ClusterSlot$slipway:addons:AddonSet$slipway:addons:Traefik::tiny-blue-traefik",
                   "type": "slipway:addons:Traefik", "name": "tiny-blue-traefik",
                   "parent": "%1$s$slipway:platform:ClusterSlot$slipway:addons:AddonSet::tiny-blue-addons"},
                  {"urn": "%1$s$slipway:platform:ClusterSlot$slipway:addons:AddonSet$slipway:addons:Traefik$kubernetes:helm.sh/v3:Release::tiny-blue-traefik",
                   "type": "kubernetes:helm.sh/v3:Release", "name": "tiny-blue-traefik",
                   "parent": "%1$s$slipway:platform:ClusterSlot$slipway:addons:AddonSet$slipway:addons:Traefik::tiny-blue-traefik",
                   "dependencies": ["%1$s$slipway:platform:ClusterSlot$slipway:aws:EksCluster$aws:eks/cluster:Cluster::tiny-blue"]}
                ]}
                """.formatted(S);
        return ComponentGraph.of(new PlanGraph(new PlanJsonReader().parse(json, "tiny").resources()));
    }

    @Test
    void mermaidGroupsComponentsBySectionWithAddonsInsideTheirSlot() {
        assertThat(new GraphRenderer().mermaid(tiny())).isEqualTo("""
                flowchart LR
                  subgraph foundation["foundation"]
                    n1["Network tiny (2 resources)"]
                  end
                  subgraph slot_blue["slot blue"]
                    n2["EksCluster tiny-blue (1 resource)"]
                    subgraph slot_blue_add_ons["add-ons"]
                      n3["Traefik tiny-blue-traefik (1 resource)"]
                    end
                  end
                  n2 --> n1
                  n3 --> n2
                """);
    }

    @Test
    void dotDrawsTheSameGraph() {
        assertThat(new GraphRenderer().dot("tiny", tiny())).isEqualTo("""
                digraph "tiny" {
                  rankdir=LR;
                  node [shape=box, fontname="Helvetica"];
                  subgraph cluster_foundation {
                    label="foundation";
                    n1 [label="Network tiny (2 resources)"];
                  }
                  subgraph cluster_slot_blue {
                    label="slot blue";
                    n2 [label="EksCluster tiny-blue (1 resource)"];
                    subgraph cluster_slot_blue_add_ons {
                      label="add-ons";
                      n3 [label="Traefik tiny-blue-traefik (1 resource)"];
                    }
                  }
                  n2 -> n1;
                  n3 -> n2;
                }
                """);
    }

    @Test
    void svgComesFromDotOnThePath(@TempDir Path dir) throws Exception {
        // GIVEN a fake dot that answers with an SVG echoing the size of what it read, as dot -Tsvg writes SVG to stdout
        Path bin = dir.resolve("bin");
        FakeTools.install(bin, "dot", "input=$(</dev/stdin); printf '<svg><!-- %s bytes --></svg>\\n' \"${#input}\"");
        String dot = new GraphRenderer().dot("tiny", tiny());

        // WHEN the picture is made as SVG
        String svg = new Graphviz(new ExternalTool("dot", FakeTools.pathOnly(bin))).svg(dot);

        // THEN dot was asked for SVG and got the DOT graph on stdin
        assertThat(FakeTools.calls(bin, "dot")).containsExactly("-Tsvg");
        assertThat(svg).isEqualTo("<svg><!-- " + dot.stripTrailing().length() + " bytes --></svg>\n");
    }

    @Test
    void aMissingOrFailingDotIsAClearMessage(@TempDir Path dir) throws Exception {
        // GIVEN no dot on the PATH THEN the message says how to install it or what to use instead
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> new Graphviz(new ExternalTool("dot", FakeTools.pathOnly(empty))).svg("digraph {}"))
                .isInstanceOf(ReviewInputException.class)
                .hasMessageContaining("dot is not on the PATH: install Graphviz").hasMessageContaining("--format mermaid");
        // GIVEN a dot that fails THEN its error is passed on
        Path bin = dir.resolve("bin");
        FakeTools.install(bin, "dot", "echo 'Error: <stdin>: syntax error in line 1' >&2; exit 1");
        assertThatThrownBy(() -> new Graphviz(new ExternalTool("dot", FakeTools.pathOnly(bin))).svg("digraph {"))
                .hasMessage("dot -Tsvg failed (exit 1): Error: <stdin>: syntax error in line 1");
    }
}
