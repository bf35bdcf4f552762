package io.slipway.addons;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.slipway.offline.OfflineResult;
import io.slipway.offline.RegisteredResource;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Helm silently ignores a values key the chart does not have, so a typo is a silent bug. This walks
 * every values map Slipway registers, on both clouds, and checks each key path against the pinned
 * chart's own values.yaml (copied under test resources {@code charts/<chart>-<version>/}), or its
 * values.schema.json where the chart documents a key only there.
 */
class ChartValuesKeysTest {
    /**
     * Keys whose contents are not chart settings but free-form data the chart passes through; the key
     * itself must still exist upstream:
     * annotations, labels, podAnnotations, podLabels: Kubernetes metadata, keyed by annotation or label name;
     * nodeSelector: node labels; resources: a Kubernetes ResourceRequirements;
     * extraArgs: command-line flags of the add-on binary; initContainers: Kubernetes Container specs;
     * expanderPriorities: cluster-autoscaler's priority to name-regex map; schedules: Velero schedule
     * name to Schedule spec; storageSpec: the Prometheus operator's StorageSpec, copied into the
     * Prometheus resource; config: the Velero plugin's provider-specific location settings;
     * podSecurityContext, containerSecurityContext: a Kubernetes PodSecurityContext and SecurityContext;
     * entryPoint (under traefik's ports.*.http.redirections): the redirection's to, scheme, permanent and
     * priority, documented only in the values.yaml comment and read by templates/_podtemplate.tpl;
     * defaultTags: AWS tags by tag key.
     */
    static final Set<String> FREE_FORM = Set.of("annotations", "labels", "podAnnotations", "podLabels", "nodeSelector",
            "resources", "extraArgs", "initContainers", "expanderPriorities", "schedules", "storageSpec", "config",
            "podSecurityContext", "containerSecurityContext", "entryPoint", "defaultTags");

    /**
     * Exact key paths that belong to a subchart whose values.yaml is not part of the pinned chart folder:
     * kube-prometheus-stack's kube-state-metrics subchart takes {@code metricLabelsAllowlist} (node labels the
     * spot alert reads).
     */
    static final Set<String> SUBCHART_KEYS = Set.of("kube-prometheus-stack:kube-state-metrics.metricLabelsAllowlist");

    /**
     * Exact key paths the chart's values.yaml documents only in a comment: aws-load-balancer-controller's
     * {@code podDisruptionBudget: {}  #  maxUnavailable: 1}, and Traefik's Service spec, whose comment says
     * any ServiceSpec field (here the reserved {@code loadBalancerIP} on GCP and the
     * {@code loadBalancerClass} of EKS Auto Mode) is added to the Service.
     */
    static final Set<String> COMMENTED_KEYS = Set.of("aws-load-balancer-controller:podDisruptionBudget.maxUnavailable",
            "traefik:service.spec.loadBalancerIP", "traefik:service.spec.loadBalancerClass");

    private static final ObjectMapper YAML = YAMLMapper.builder().build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyKeyOnBothCloudsExistsInThePinnedChart() {
        // GIVEN every add-on enabled, on AWS (prod, internal ingress; dev; dev on EKS Auto Mode) and on GCP (dev), so each
        // branch of the values is taken
        var runs = List.of(
                Fixtures.run(Fixtures.aws("prod", "ingress: {internal: true}"), AddonSetTest::build),
                Fixtures.run(Fixtures.aws("dev", "backups: {volumeSnapshots: false}"), AddonSetTest::build),
                Fixtures.run(AutoModeAddonsTest.autoMode("dev"), AddonSetTest::build),
                Fixtures.run(Fixtures.gcp("prod", "ingress: {internal: true}"), AddonSetTest::build),
                Fixtures.run(Fixtures.gcp("dev", ""), AddonSetTest::build));

        // WHEN every registered release's values are walked against its chart's upstream values
        List<String> unknown = new ArrayList<>();
        int releases = 0;
        for (OfflineResult result : runs) {
            for (RegisteredResource release : result.ofType(Fixtures.RELEASE)) {
                releases++;
                String chart = (String) release.require("chart");
                String folder = "charts/" + chart + "-" + release.require("version") + "/";
                JsonNode upstream = read(YAML, folder + "values.yaml");
                JsonNode schema = read(JSON, folder + "values.schema.json");
                walk(chart, Fixtures.values(release), upstream, schema, schema, "", unknown);
            }
        }

        // THEN all releases were checked and no key is unknown to its chart
        assertThat(releases).isEqualTo(8 + 8 + 6 + 5 + 5);
        assertThat(unknown).isEmpty();
    }

    @Test
    void aMisspeltKeyIsCaught() {
        // GIVEN a values map with a typo WHEN it is walked against traefik's values THEN the key path is reported
        var unknown = new ArrayList<String>();
        walk("traefik", Map.of("deployment", Map.of("replica", 2)), read(YAML, "charts/traefik-41.3.0/values.yaml"), null, null, "", unknown);
        assertThat(unknown).containsExactly("traefik: deployment.replica");
    }

    static void walk(String chart, Map<?, ?> values, JsonNode upstream, JsonNode schemaRoot, JsonNode schema, String path, List<String> unknown) {
        for (var entry : values.entrySet()) {
            String key = (String) entry.getKey();
            String keyPath = path.isEmpty() ? key : path + "." + key;
            JsonNode upstreamChild = upstream == null ? null : upstream.get(key);
            JsonNode schemaChild = property(schemaRoot, schema, key);
            boolean known = (upstream != null && upstream.has(key)) || schemaChild != null;
            if (!known) {
                if (!SUBCHART_KEYS.contains(chart + ":" + keyPath) && !COMMENTED_KEYS.contains(chart + ":" + keyPath)) {
                    unknown.add(chart + ": " + keyPath);
                }
                continue;
            }
            if (FREE_FORM.contains(key)) {
                continue;
            }
            Object value = entry.getValue();
            if (value instanceof Map<?, ?> nested) {
                walk(chart, nested, upstreamChild, schemaRoot, schemaChild, keyPath, unknown);
            } else if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof Map<?, ?> item) {
                        JsonNode upstreamItem = upstreamChild != null && upstreamChild.isArray() && !upstreamChild.isEmpty() ? upstreamChild.get(0) : null;
                        JsonNode schemaItem = schemaChild == null ? null : resolve(schemaRoot, schemaChild).get("items");
                        if (upstreamItem == null && schemaItem == null) {
                            unknown.add(chart + ": " + keyPath + "[" + i + "] (no upstream shape for list items)");
                        } else {
                            walk(chart, item, upstreamItem, schemaRoot, schemaItem, keyPath + "[" + i + "]", unknown);
                        }
                    }
                }
            }
        }
    }

    /** The schema of property {@code key} under {@code schema}, following {@code $ref}s; null when the schema has none. */
    static JsonNode property(JsonNode root, JsonNode schema, String key) {
        if (schema == null) {
            return null;
        }
        JsonNode properties = resolve(root, schema).get("properties");
        return properties == null ? null : properties.get(key);
    }

    static JsonNode resolve(JsonNode root, JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asText();
            current = root.at(ref.substring(1));
        }
        return current;
    }

    static JsonNode read(ObjectMapper mapper, String resource) {
        try (InputStream in = ChartValuesKeysTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : mapper.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
