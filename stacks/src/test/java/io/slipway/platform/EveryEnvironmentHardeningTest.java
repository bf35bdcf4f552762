package io.slipway.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.slipway.aws.storage.LogBucket;
import io.slipway.model.Cloud;
import io.slipway.model.EnvironmentSpec;
import io.slipway.model.Tier;
import io.slipway.offline.OfflineResult;
import io.slipway.offline.RegisteredResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hardening of issue 9, checked on the whole offline plan of every shipped environment, so a
 * later change cannot quietly undo it: backup alerts that can fire, Velero's key and GCP roles,
 * alert rule tests, network isolation, Pod Security labels, the HTTPS redirect, and the EKS load
 * balancer made by the AWS Load Balancer Controller. Each check reads the registered inputs only.
 */
class EveryEnvironmentHardeningTest {
    static final String RELEASE = "kubernetes:helm.sh/v3:Release";
    static final String NAMESPACE = "kubernetes:core/v1:Namespace";
    static final String NETWORK_POLICY = "kubernetes:networking.k8s.io/v1:NetworkPolicy";
    static final String RULE = "kubernetes:monitoring.coreos.com/v1:PrometheusRule";
    static final Path PROMTOOL_TESTS = Path.of("..", "addons", "src", "test", "resources", "promtool");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> stacks() {
        return Fixtures.projectStacks().stream();
    }

    record Plan(EnvironmentSpec spec, OfflineResult result) {
        List<RegisteredResource> releases(String chart) {
            return result.ofType(RELEASE).stream().filter(r -> r.require("chart").equals(chart)).toList();
        }
    }

    static Plan plan(String stack) {
        var spec = Fixtures.projectSpec(stack);
        var result = Fixtures.runPlatform(stack, spec);
        assertThat(result.errors()).as(stack).isEmpty();
        return new Plan(spec, result);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void everyEnvironmentKeepsTheHardening(String stack) throws IOException {
        // GIVEN a shipped environment WHEN its whole plan is computed
        var plan = plan(stack);

        // THEN each hardening holds
        backupAlertsWatchTheRenderedSchedule(plan);
        everyAlertHasPromtoolTests(plan);
        veleroIdentityIsNarrow(plan);
        platformNamespacesAreIsolatedAndLabelled(plan);
        plainHttpIsRedirected(plan);
        if (plan.spec().cloud() == Cloud.AWS) {
            eksEnforcesNetworkPolicies(plan);
            theLoadBalancerControllerMakesTheNlb(plan);
        }
    }

    /** The alert's schedule label is the Schedule the Velero chart renders: {@code <release fullname>-<values key>}. */
    static void backupAlertsWatchTheRenderedSchedule(Plan plan) {
        for (var velero : plan.releases("velero")) {
            String release = (String) velero.require("name");
            String fullname = release.contains("velero") ? release : release + "-velero";
            var schedules = ((Map<?, ?>) velero.require("values.schedules")).keySet();
            var rules = rules(plan);
            for (Object key : schedules) {
                String series = "velero_backup_last_successful_timestamp{schedule=\"" + fullname + "-" + key + "\"}";
                assertThat(rules).as("backup alerts of " + key).anySatisfy(r -> assertThat(r.get("expr")).asString().contains("time() - max(" + series))
                        .anySatisfy(r -> assertThat(r.get("expr")).isEqualTo("absent(" + series + ")"));
            }
        }
    }

    static void everyAlertHasPromtoolTests(Plan plan) throws IOException {
        Set<String> tested = new TreeSet<>();
        try (Stream<Path> files = Files.walk(PROMTOOL_TESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".test.yaml")).toList()) {
                for (JsonNode test : YAMLMapper.builder().build().readTree(file.toFile()).path("tests")) {
                    test.path("alert_rule_test").forEach(check -> tested.add(check.path("alertname").asText()));
                }
            }
        }
        assertThat(rules(plan)).isNotEmpty().allSatisfy(rule -> assertThat(tested).contains((String) rule.get("alert")));
    }

    static void veleroIdentityIsNarrow(Plan plan) throws IOException {
        if (!plan.spec().addons().backups().enabled() || !plan.spec().addons().backups().volumeSnapshots()) {
            return;
        }
        if (plan.spec().cloud() == Cloud.AWS) {
            var policies = plan.result().ofType("aws:iam/rolePolicy:RolePolicy").stream()
                    .filter(p -> p.name().contains("velero")).toList();
            assertThat(policies).isNotEmpty().allSatisfy(p -> {
                String use = statement(p, "UseVolumeKeyThroughEbs").at("/Condition/StringEquals/kms:ViaService").asText();
                assertThat(use).isEqualTo("ec2." + plan.spec().region() + ".amazonaws.com");
                assertThat(statement(p, "GrantVolumeKeyToEbs").at("/Condition/Bool/kms:GrantIsForAWSResource").asText()).isEqualTo("true");
            });
        } else {
            assertThat(plan.result().ofType("gcp:serviceaccount/iAMMember:IAMMember"))
                    .noneMatch(m -> m.require("role").equals("roles/iam.serviceAccountTokenCreator"));
            assertThat(plan.result().ofType("gcp:projects/iAMCustomRole:IAMCustomRole"))
                    .filteredOn(r -> ((List<?>) r.require("permissions")).contains("compute.snapshots.delete"))
                    .allSatisfy(r -> assertThat(r.require("permissions")).isEqualTo(List.of("compute.snapshots.delete")));
            assertThat(plan.result().ofType("gcp:projects/iAMMember:IAMMember"))
                    .filteredOn(m -> ((String) m.require("role")).endsWith("_velero_delete_snapshots"))
                    .isNotEmpty().allSatisfy(m -> assertThat(m.require("condition.expression")).asString().contains("/global/snapshots/pvc-"));
        }
    }

    static void platformNamespacesAreIsolatedAndLabelled(Plan plan) {
        var namespaces = plan.result().ofType(NAMESPACE);
        var releaseNamespaces = new TreeSet<String>();
        plan.result().ofType(RELEASE).forEach(r -> releaseNamespaces.add((String) r.require("namespace")));
        releaseNamespaces.remove("kube-system");
        assertThat(releaseNamespaces).isNotEmpty();
        for (String slot : plan.spec().slots().keySet()) {
            String cluster = plan.result().stack() + "-" + slot;
            for (String name : releaseNamespaces) {
                var namespace = namespaces.stream().filter(n -> n.require("metadata.name").equals(name) && n.name().startsWith(cluster + "-"))
                        .findFirst().orElseThrow(() -> new AssertionError(cluster + " has no Namespace " + name));
                var labels = (Map<?, ?>) namespace.require("metadata.labels");
                for (String mode : List.of("enforce", "audit", "warn")) {
                    assertThat(labels.get("pod-security.kubernetes.io/" + mode)).as(name + " " + mode).isIn("restricted", "baseline", "privileged");
                }
                assertThat(labels.get("pod-security.kubernetes.io/enforce"))
                        .isEqualTo(name.equals("monitoring") ? "privileged" : "restricted");
                assertThat(plan.result().ofType(NETWORK_POLICY)).as(cluster + "/" + name + " default deny")
                        .anySatisfy(p -> {
                            assertThat(p.name()).startsWith(cluster + "-");
                            assertThat(p.require("metadata.namespace")).isEqualTo(name);
                            assertThat(p.require("metadata.name")).isEqualTo("default-deny");
                            assertThat(p.require("spec.policyTypes")).isEqualTo(List.of("Ingress", "Egress"));
                            assertThat(p.require("spec.podSelector")).isEqualTo(Map.of());
                        });
            }
        }
        // AND releases never create their namespace, and wait for the one Slipway made
        assertThat(plan.result().ofType(RELEASE)).allSatisfy(r -> assertThat(r.require("createNamespace")).isEqualTo(false));
        // AND nothing outside the monitoring namespace may reach into it
        assertThat(plan.result().ofType(NETWORK_POLICY)).filteredOn(p -> p.require("metadata.namespace").equals("monitoring"))
                .flatMap(p -> (List<?>) p.input("spec.ingress.0.from").orElse(List.of()))
                .allSatisfy(peer -> assertThat(peer.toString()).satisfiesAnyOf(
                        s -> assertThat(s).contains("kubernetes.io/metadata.name=monitoring"),
                        s -> assertThat(s).contains("ipBlock")));
    }

    static void plainHttpIsRedirected(Plan plan) {
        var traefik = plan.releases("traefik");
        assertThat(traefik).allSatisfy(r -> {
            var redirect = r.input("values.ports.web.http.redirections.entryPoint");
            if (plan.spec().addons().ingress().allowPlainHttp()) {
                assertThat(redirect).isEmpty();
            } else {
                assertThat(redirect).contains(Map.of("to", "websecure", "scheme", "https", "permanent", true));
            }
        });
    }

    static void eksEnforcesNetworkPolicies(Plan plan) throws IOException {
        var cni = plan.result().ofType("aws:eks/addon:Addon").stream().filter(a -> a.require("addonName").equals("vpc-cni")).toList();
        assertThat(cni).hasSize(plan.spec().slots().size());
        for (var addon : cni) {
            assertThat(JSON.readTree((String) addon.require("configurationValues")).path("enableNetworkPolicy").asText()).isEqualTo("true");
        }
    }

    static void theLoadBalancerControllerMakesTheNlb(Plan plan) {
        if (!plan.spec().addons().ingress().enabled()) {
            return;
        }
        var controllers = plan.releases("aws-load-balancer-controller");
        assertThat(controllers).hasSize(plan.spec().slots().size());
        // Prod NLBs are protected unless the environment says otherwise.
        Boolean asked = plan.spec().addons().ingress().deletionProtection();
        boolean protect = asked != null ? asked : plan.spec().tier() == Tier.PROD;
        for (var traefik : plan.releases("traefik")) {
            assertThat(traefik.dependencies()).containsAnyElementsOf(controllers.stream().map(RegisteredResource::urn).toList());
            var annotations = (Map<?, ?>) traefik.require("values.service.annotations");
            assertThat(annotations.get("service.beta.kubernetes.io/aws-load-balancer-type")).isEqualTo("external");
            assertThat(annotations.get("service.beta.kubernetes.io/aws-load-balancer-nlb-target-type")).isEqualTo("ip");
            assertThat((String) annotations.get("service.beta.kubernetes.io/aws-load-balancer-attributes"))
                    .contains("access_logs.s3.enabled=true", "access_logs.s3.bucket=" + plan.result().stack() + "-logs-",
                            "access_logs.s3.prefix=" + LogBucket.LOAD_BALANCER_LOG_PREFIX + ",", "deletion_protection.enabled=" + protect);
        }
        // AND the controller's role holds upstream's policy, and the log bucket lets log delivery write under that prefix only
        assertThat(plan.result().ofType("aws:iam/rolePolicy:RolePolicy")).filteredOn(p -> p.name().contains("aws-load-balancer-controller"))
                .hasSize(plan.spec().slots().size())
                .allSatisfy(p -> assertThat((String) p.require("policy")).contains("elasticloadbalancing:CreateLoadBalancer"));
        var bucketPolicies = new ArrayList<JsonNode>();
        plan.result().ofType("aws:s3/bucketPolicy:BucketPolicy").stream().filter(p -> p.name().contains("-logs"))
                .forEach(p -> bucketPolicies.add(json(p)));
        assertThat(bucketPolicies).singleElement().satisfies(p -> assertThat(statementOf(p, "LoadBalancerLogsWrite").get("Resource").asText())
                .contains("/" + LogBucket.LOAD_BALANCER_LOG_PREFIX + "/AWSLogs/"));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rules(Plan plan) {
        var rules = new ArrayList<Map<String, Object>>();
        for (var rule : plan.result().ofType(RULE)) {
            for (var group : (List<Map<String, Object>>) rule.require("spec.groups")) {
                rules.addAll((List<Map<String, Object>>) group.get("rules"));
            }
        }
        return rules;
    }

    static JsonNode json(RegisteredResource policy) {
        try {
            return JSON.readTree((String) policy.require("policy"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static JsonNode statement(RegisteredResource policy, String sid) {
        return statementOf(json(policy), sid);
    }

    static JsonNode statementOf(JsonNode policy, String sid) {
        for (JsonNode statement : policy.path("Statement")) {
            if (statement.path("Sid").asText().equals(sid)) {
                return statement;
            }
        }
        throw new AssertionError("no statement " + sid + " in " + policy);
    }
}
