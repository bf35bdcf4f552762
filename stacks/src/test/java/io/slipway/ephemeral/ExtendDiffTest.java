package io.slipway.ephemeral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.cli.CliRun;
import io.slipway.cli.CliServices;
import io.slipway.cli.bootstrap.ComponentStateBackendPrograms;
import io.slipway.offline.RegisteredResource;
import io.slipway.plan.OfflinePlanner;
import io.slipway.plan.Plan;
import io.slipway.platform.PlatformProgram;
import io.slipway.review.diff.ReplacementRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code dev extend} moves the expiry label on every resource: the diff of the child's plan before and after
 * ({@code slipway diff --base-plan}, as a reviewer runs it) must update in place and replace nothing.
 */
class ExtendDiffTest extends EphemeralTestbed {
    private static final List<String> TAG_INPUTS = List.of("tags", "labels", "resourceLabels", "nodeConfig.resourceLabels");

    @ParameterizedTest(name = "child of {0}")
    @CsvSource({"dev, slipway:expires-at, aws:eks/cluster:Cluster", "gcp-dev, slipway-expires-at, gcp:container/cluster:Cluster"})
    void extendUpdatesTheExpiryInPlaceAndReplacesNothing(String parent, String expiresKey, String clusterType) throws Exception {
        // GIVEN a deployed child and its plan as it stands
        at(T0).up(request("jane-test", parent, "8h"));
        CliServices services = CliRun.services(project, PlatformProgram::define, new ComponentStateBackendPrograms(),
                (stack, config, program) -> Map.of(), "");
        Path before = project.resolve("before.json");
        assertThat(CliRun.run(services, "plan", "jane-test", "--json", before.toString()).err()).isEmpty();

        // WHEN it is extended an hour later and diffed against that plan
        at(T0.plusSeconds(3600)).extend("jane-test", "8h");
        Path changes = project.resolve("diff.json");
        var diff = CliRun.run(services, "diff", "jane-test", "--base-plan", before.toString(), "--json", changes.toString());

        // THEN there are changes (exit 3), none needing care, and none is a replacement, an addition or a deletion
        assertThat(diff.exitCode()).as(diff.out() + diff.err()).isEqualTo(3);
        assertThat(diff.out()).doesNotContain("(replace)", "forces replacement", "!!");
        JsonNode json = new ObjectMapper().readTree(changes.toFile());
        var kinds = new TreeSet<String>();
        var paths = new ArrayList<String>();
        var types = new TreeSet<String>();
        for (JsonNode change : json.path("changes")) {
            kinds.add(change.path("kind").asText());
            types.add(change.path("type").asText());
            change.path("inputs").forEach(input -> {
                paths.add(input.path("path").asText());
                assertThat(input.has("effect")).as(input.toString()).isFalse();
                // AND what changes is the expiry and nothing else (the ingress release's load balancer tags hold it in text)
                assertThat(expiry(input.path("old").asText(), "2026-11-30T17:00:00Z", "2026-11-30T18:00:00Z"))
                        .as(input.toString()).isEqualTo(input.path("new").asText());
            });
        }
        assertThat(kinds).containsExactly("update");
        assertThat(paths).contains((parent.equals("dev") ? "tags." : "resourceLabels.") + expiresKey);
        assertThat(types).contains(clusterType);
    }

    /** {@code value} with the expiry moved, as a tag value and as a GCP label value. */
    private static String expiry(String value, String from, String to) {
        return value.replace(from, to).replace(from.toLowerCase().replaceAll("[^a-z0-9_-]", "-"),
                to.toLowerCase().replaceAll("[^a-z0-9_-]", "-"));
    }

    @ParameterizedTest(name = "child of {0}")
    @CsvSource({"dev, slipway:ephemeral, slipway:expires-at", "gcp-dev, slipway-ephemeral, slipway-expires-at"})
    void everyTaggedResourceCarriesTheExpiryOnlyWhereItChangesInPlace(String parent, String ephemeralKey, String expiresKey) {
        // GIVEN the child's offline plan
        var child = at(T0).prepare(request("jane-test", parent, "8h"));
        Plan plan = new OfflinePlanner().plan("jane-test", ChildFiles.json(child), "dev up jane-test");
        ReplacementRules rules = ReplacementRules.shipped();

        // THEN every cloud resource with a tag or label map carries both ephemeral labels in one of them,
        // every map carries the marker, and no map holding the expiry sits on an input whose change replaces the
        // resource, rolls its nodes or makes a new launch template version
        var problems = new ArrayList<String>();
        Set<String> checked = new TreeSet<>();
        for (RegisteredResource r : plan.resources()) {
            if (!r.type().startsWith("aws:") && !r.type().startsWith("gcp:")) {
                continue;
            }
            boolean expiry = false;
            boolean anyMap = false;
            for (String path : TAG_INPUTS) {
                if (path.equals("labels") && r.type().equals("aws:eks/nodeGroup:NodeGroup")) {
                    continue; // Kubernetes node labels, not cost tags
                }
                var map = r.input(path).map(Map.class::cast).orElse(null);
                if (map == null) {
                    continue;
                }
                anyMap = true;
                if (!"true".equals(map.get(ephemeralKey))) {
                    problems.add(r.type() + " " + r.name() + " " + path + " lacks " + ephemeralKey);
                }
                if (map.containsKey(expiresKey)) {
                    expiry = true;
                    rules.ruleFor(r.type(), path + "." + expiresKey)
                            .ifPresent(rule -> problems.add(r.type() + " " + r.name() + " " + path + ": the expiry there "
                                    + rule.effect() + " (" + rule.source() + ")"));
                }
            }
            if (anyMap) {
                checked.add(r.type());
                if (!expiry) {
                    problems.add(r.type() + " " + r.name() + " carries no " + expiresKey);
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).hasSizeGreaterThanOrEqualTo(3);
    }
}
