package io.slipway.addons.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.pulumi.core.Output;
import io.slipway.addons.AddonArgs;
import io.slipway.addons.Fixtures;
import io.slipway.cluster.EnvironmentContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The platform alerts' Prometheus rule unit tests ({@code src/test/resources/promtool/}), run by
 * {@code promtool test rules} against the PrometheusRule exactly as the program registers it, on
 * each cloud. Also checks, without promtool, that every alert has a firing and a not-firing case
 * and that every metric the rules and tests read is one the pinned exporters expose.
 */
class PlatformAlertRulesTest {
    static final String RULES_FILE = "slipway-platform-alerts.rules.yaml";
    static final List<String> EXPORTERS = List.of("kube-state-metrics", "velero", "traefik", "cadvisor");
    static final Pattern METRIC = Pattern.compile("\\b(?:kube|velero|traefik|container)_[a-z_]+\\b");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"aws", "gcp"})
    void promtoolPassesEveryTestAgainstTheRenderedRules(String cloud) throws Exception {
        // GIVEN the rules as the program renders them, with the shipped test files next to them
        Path dir = Path.of("target", "promtool", cloud);
        renderRules(cloud, dir);
        List<Path> tests = new ArrayList<>();
        for (String folder : List.of("common", cloud)) {
            for (String file : testFiles(folder)) {
                Path copy = dir.resolve(folder + "-" + file);
                Files.writeString(copy, resource("promtool/" + folder + "/" + file));
                tests.add(copy);
            }
        }
        assumeTrue(onPath("promtool"), "promtool is not installed (Debian package 'prometheus'; .ci/run installs it):"
                + " the rule tests in " + dir + " were not run");

        // WHEN promtool runs them
        List<String> command = new ArrayList<>(List.of("promtool", "test", "rules"));
        tests.forEach(t -> command.add(t.getFileName().toString()));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("promtool finished").isTrue();

        // THEN every test case passes
        assertThat(process.exitValue()).as("promtool test rules in %s:%n%s", dir, output).isZero();
        assertThat(output).contains("SUCCESS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aws", "gcp"})
    void everyAlertHasAFiringAndANotFiringCase(String cloud) throws Exception {
        // GIVEN the alerts of the cloud and the test files that run against them
        Set<String> alerts = alertNames(renderedGroups(cloud));
        Set<String> firing = new TreeSet<>();
        Set<String> silent = new TreeSet<>();
        for (String folder : List.of("common", cloud)) {
            for (String file : testFiles(folder)) {
                for (JsonNode test : YAML.readTree(resource("promtool/" + folder + "/" + file)).path("tests")) {
                    for (JsonNode check : test.path("alert_rule_test")) {
                        String alert = check.path("alertname").asText();
                        (check.path("exp_alerts").isEmpty() ? silent : firing).add(alert);
                    }
                }
            }
        }

        // THEN each alert is expected to fire somewhere and to stay silent somewhere, and no test names an unknown alert
        assertThat(firing).isEqualTo(alerts);
        assertThat(silent).isEqualTo(alerts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aws", "gcp"})
    void rulesAndTestsReadOnlyMetricsTheExportersExpose(String cloud) throws Exception {
        // GIVEN the metric names of the pinned exporters
        Set<String> known = exportedMetrics();

        // WHEN the metric names in the rendered expressions and in the test series are collected
        Set<String> used = new TreeSet<>();
        for (var group : renderedGroups(cloud)) {
            for (var rule : rules(group)) {
                METRIC.matcher((String) rule.get("expr")).results().forEach(m -> used.add(m.group()));
            }
        }
        for (String folder : List.of("common", cloud)) {
            for (String file : testFiles(folder)) {
                for (JsonNode test : YAML.readTree(resource("promtool/" + folder + "/" + file)).path("tests")) {
                    for (JsonNode series : test.path("input_series")) {
                        METRIC.matcher(series.path("series").asText().replaceAll("\\{.*", "")).results().forEach(m -> used.add(m.group()));
                    }
                }
            }
        }

        // THEN every one is exposed (histograms through their _bucket series)
        assertThat(used).isNotEmpty().allSatisfy(name -> assertThat(known).as("exporters' metrics").contains(name));
    }

    /** The PrometheusRule registered by the monitoring add-on of a dev environment with default settings. */
    static List<Map<String, Object>> renderedGroups(String cloud) {
        EnvironmentContext env = cloud.equals("aws") ? Fixtures.aws("dev", "") : Fixtures.gcp("dev", "");
        var result = Fixtures.run(env, cluster -> new KubePrometheusStack("dev-blue-monitoring",
                new MonitoringArgs(new AddonArgs(cluster, Fixtures.LOCK), Output.ofSecret("s3cret")), Fixtures.noOptions()));
        @SuppressWarnings("unchecked")
        var groups = (List<Map<String, Object>>) result.single(KubePrometheusStackTest.RULE).require("spec.groups");
        return groups;
    }

    static void renderRules(String cloud, Path dir) throws IOException {
        Files.createDirectories(dir);
        YAML.writeValue(dir.resolve(RULES_FILE).toFile(), Map.of("groups", renderedGroups(cloud)));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rules(Map<String, Object> group) {
        return (List<Map<String, Object>>) group.get("rules");
    }

    static Set<String> alertNames(List<Map<String, Object>> groups) {
        Set<String> names = new TreeSet<>();
        groups.forEach(group -> rules(group).forEach(rule -> names.add((String) rule.get("alert"))));
        return names;
    }

    static Set<String> exportedMetrics() {
        Set<String> names = new HashSet<>();
        for (String exporter : EXPORTERS) {
            resource("exporter-metrics/" + exporter + ".tsv").lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("\t")).forEach(row -> {
                        names.add(row[0]);
                        if (row[1].equals("histogram")) {
                            Stream.of("_bucket", "_sum", "_count").forEach(suffix -> names.add(row[0] + suffix));
                        }
                    });
        }
        return names;
    }

    /** The {@code *.test.yaml} files of a folder of the shipped tests (tests run in the module's directory). */
    static List<String> testFiles(String folder) {
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "promtool", folder))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".test.yaml")).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError("cannot list the promtool tests of " + folder, e);
        }
    }

    static String resource(String name) {
        try (InputStream in = PlatformAlertRulesTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new AssertionError("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + name, e);
        }
    }

    static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
