package io.slipway.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.model.loading.EnvironmentLoader;
import io.slipway.model.loading.InvalidEnvironmentException;
import io.slipway.model.loading.LoadedEnvironment;
import io.slipway.model.loading.Problem;
import io.slipway.model.yaml.StackFileReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A valid environment (one per cloud) that a test changes at a few key paths, with YAML snippets,
 * before loading it. Keeps every validation test down to the one thing it breaks.
 */
public final class EnvironmentFixture {
    public static final String SOURCE = "environments/Pulumi.test.yaml";

    public static final String AWS = """
            cloud: aws
            tier: prod
            region: eu-west-1
            domain: prod.platform.example.com
            network: {cidr: 10.30.0.0/16, zones: 3, nat: perZone}
            tags: {team: platform, cost-center: "4200"}
            slots:
              blue:
                kubernetesVersion: "1.34"
                weight: 100
                nodePools:
                  - name: system
                    system: true
                    instanceTypes: [m6i.xlarge]
                    min: 3
                    max: 6
                    taints:
                      - {key: CriticalAddonsOnly, value: "true", effect: PreferNoSchedule}
                  - name: spot
                    capacity: spot
                    instanceTypes: [m6i.2xlarge, m6a.2xlarge, m5.2xlarge]
                    min: 3
                    max: 30
                    desired: 6
                    labels: {workload: general}
            addons:
              certManager: {acmeEmail: platform-team@example.com}
            aws:
              adminRoleArns: [arn:aws:iam::333344445555:role/platform-admin]
            """;

    public static final String GCP = """
            cloud: gcp
            tier: dev
            region: europe-west1
            domain: dev.gcp.example.com
            network: {cidr: 10.10.0.0/20}
            tags: {team: platform, cost-center: "4200"}
            slots:
              blue:
                kubernetesVersion: "1.34"
                weight: 100
                nodePools:
                  - {name: system, system: true, instanceTypes: [e2-standard-4], min: 1, max: 3}
                  - {name: workers, capacity: spot, instanceTypes: [n2-standard-4, n2d-standard-4], min: 0, max: 6}
            addons:
              certManager: {acmeEmail: platform-team@example.com}
            gcp:
              project: acme-platform-dev
              locationMode: zonal
              zone: europe-west1-b
            """;

    private static final Pattern STEP = Pattern.compile("([^.\\[]+)|\\[(\\d+)]");

    private final ObjectNode root;

    private EnvironmentFixture(String yaml) {
        this.root = (ObjectNode) parse(yaml);
    }

    public static EnvironmentFixture aws() {
        return new EnvironmentFixture(AWS);
    }

    public static EnvironmentFixture gcp() {
        return new EnvironmentFixture(GCP);
    }

    /** An environment written out in full by the test. */
    public static EnvironmentFixture of(String yaml) {
        return new EnvironmentFixture(yaml);
    }

    /** Sets the value at a key path ({@code slots.blue.nodePools[1].min}) to a YAML snippet. */
    public EnvironmentFixture set(String path, String yaml) {
        Target target = locate(path);
        JsonNode value = parse(yaml);
        if (target.index >= 0) {
            ArrayNode array = (ArrayNode) target.parent;
            if (target.index < array.size()) {
                array.set(target.index, value);
            } else {
                array.add(value);
            }
        } else {
            ((ObjectNode) target.parent).set(target.key, value);
        }
        return this;
    }

    public EnvironmentFixture remove(String path) {
        Target target = locate(path);
        if (target.index >= 0) {
            ((ArrayNode) target.parent).remove(target.index);
        } else {
            ((ObjectNode) target.parent).remove(target.key);
        }
        return this;
    }

    /** The environment object as the loader receives it. */
    public JsonNode tree() {
        return root;
    }

    public LoadedEnvironment load() {
        return new EnvironmentLoader().fromTree(root, SOURCE);
    }

    /** Loads, expecting no error; fails with the rendered problems otherwise. */
    public LoadedEnvironment assertValid() {
        try {
            return load();
        } catch (InvalidEnvironmentException e) {
            throw new AssertionError("expected a valid environment, got:\n" + e.getMessage());
        }
    }

    /** Loads, expecting it to fail; returns every problem reported. */
    public List<Problem> problems() {
        try {
            LoadedEnvironment loaded = load();
            throw new AssertionError("expected problems, but the environment loaded: " + loaded.spec());
        } catch (InvalidEnvironmentException e) {
            return e.problems();
        }
    }

    /** Asserts one problem sits at {@code path} in the test file, with a message containing {@code fragment}. */
    public static void assertHasProblem(List<Problem> problems, String path, String fragment) {
        String all = problems.stream().map(Problem::render).collect(Collectors.joining("\n"));
        assertThat(problems).as("problems:\n%s", all).anySatisfy(problem -> {
            assertThat(problem.source()).isEqualTo(SOURCE);
            assertThat(problem.path()).isEqualTo(path);
            assertThat(problem.message()).contains(fragment);
            assertThat(problem.render()).startsWith(SOURCE + ": " + path + ": ");
        });
    }

    /** Loads, expecting it to fail with a problem at {@code path} whose message contains {@code fragment}. */
    public List<Problem> assertProblem(String path, String fragment) {
        List<Problem> problems = problems();
        assertHasProblem(problems, path, fragment);
        return problems;
    }

    private record Target(JsonNode parent, String key, int index) {}

    private Target locate(String path) {
        List<String[]> steps = new ArrayList<>();
        Matcher m = STEP.matcher(path);
        while (m.find()) {
            steps.add(new String[] {m.group(1), m.group(2)});
        }
        JsonNode current = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            String[] step = steps.get(i);
            JsonNode next = step[1] != null ? current.path(Integer.parseInt(step[1])) : current.path(step[0]);
            current = next.isMissingNode() ? ((ObjectNode) current).putObject(step[0]) : next;
        }
        String[] last = steps.get(steps.size() - 1);
        return new Target(current, last[0], last[1] == null ? -1 : Integer.parseInt(last[1]));
    }

    private static JsonNode parse(String yaml) {
        try {
            return StackFileReader.parse(yaml); // read as stack files are, so .nan or an alias means what it does there
        } catch (Exception e) {
            throw new IllegalArgumentException("bad YAML in a test: " + yaml, e);
        }
    }
}
