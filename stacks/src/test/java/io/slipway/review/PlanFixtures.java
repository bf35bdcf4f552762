package io.slipway.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.plan.Plan;
import io.slipway.plan.PlanJsonReader;
import io.slipway.review.graph.PlanGraph;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The plans of the shipped dev and gcp-dev environments as JSON trees (see the README next to them),
 * to be read as they are (compliant) or with one input changed (violating).
 */
public final class PlanFixtures {
    public static final String AWS = "dev-plan.json";
    public static final String GCP = "gcp-dev-plan.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PlanFixtures() {}

    public static ObjectNode tree(String fixture) {
        try (InputStream in = PlanFixtures.class.getResourceAsStream("/io/slipway/review/" + fixture)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Plan plan(ObjectNode tree) {
        return new PlanJsonReader().parse(tree.toString(), "fixture");
    }

    public static PlanGraph graph(ObjectNode tree) {
        return new PlanGraph(plan(tree).resources());
    }

    /** The inputs of the first resource of the type (and name, unless null). */
    public static ObjectNode inputs(ObjectNode tree, String type, String name) {
        return (ObjectNode) resource(tree, type, name).get("inputs");
    }

    public static ObjectNode resource(ObjectNode tree, String type, String name) {
        for (JsonNode r : tree.get("resources")) {
            if (r.get("type").asText().equals(type) && (name == null || r.get("name").asText().equals(name))) {
                return (ObjectNode) r;
            }
        }
        throw new AssertionError("no " + type + " " + (name == null ? "" : name) + " in the fixture");
    }

    /** Removes every resource of the type. */
    public static void removeAll(ObjectNode tree, String type) {
        var resources = tree.withArray("resources");
        for (int i = resources.size() - 1; i >= 0; i--) {
            if (resources.get(i).get("type").asText().equals(type)) {
                resources.remove(i);
            }
        }
    }
}
