package io.slipway.ops.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.ops.OperationFailedException;
import io.slipway.ops.SlotTarget;
import io.slipway.ops.tools.CommandRunner;
import io.slipway.ops.tools.SlotKubeconfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The real smoke checks: kubectl and helm against the slot's own kubeconfig, and an HTTPS GET
 * through the slot's direct name ({@code https://slipway-probe.<slot>.<domain>/}), which reaches its
 * ingress load balancer without going through the weighted shared names.
 */
public final class CliSmokeChecks implements SmokeChecks {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(15);

    private final CommandRunner runner;
    private final SlotKubeconfig kubeconfig;
    private final HttpsProbe http;

    /** An HTTPS GET answering its status code; the JVM's trust store verifies the certificate. */
    @FunctionalInterface
    public interface HttpsProbe {
        int get(URI uri) throws IOException, InterruptedException;

        /**
         * The JDK's client, made at the first probe: its TLS set-up loads some 400 classes (a quarter
         * of a second), which every ops command would otherwise pay for, smoke checks or not.
         */
        static HttpsProbe javaHttpClient() {
            var client = new AtomicReference<HttpClient>();
            return uri -> client.updateAndGet(made -> made != null ? made
                            : HttpClient.newBuilder().connectTimeout(HTTP_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build())
                    .send(HttpRequest.newBuilder(uri).timeout(HTTP_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }
    }

    public CliSmokeChecks(CommandRunner runner, HttpsProbe http) {
        this.runner = runner;
        this.kubeconfig = new SlotKubeconfig(runner);
        this.http = http;
    }

    @Override
    public List<CheckResult> run(SlotTarget target) {
        Map<String, String> env;
        try {
            env = kubeconfig.environmentFor(target);
        } catch (OperationFailedException e) {
            return List.of(new CheckResult("API reachable", false, e.getMessage()), httpCheck(target));
        }
        List<CheckResult> results = new ArrayList<>();
        results.add(apiReachable(env));
        results.add(nodesReady(env));
        results.add(releasesDeployed(env));
        results.add(httpCheck(target));
        return results;
    }

    private CheckResult apiReachable(Map<String, String> env) {
        var output = runner.run(List.of("kubectl", "get", "--raw", "/readyz"), env);
        return new CheckResult("API reachable", output.succeeded(), output.succeeded() ? output.stdout().strip() : output.stderr().strip());
    }

    private CheckResult nodesReady(Map<String, String> env) {
        var output = runner.run(List.of("kubectl", "get", "nodes", "-o", "json"), env);
        if (!output.succeeded()) {
            return new CheckResult("nodes ready", false, output.stderr().strip());
        }
        List<String> notReady = new ArrayList<>();
        JsonNode items = parse(output.stdout()).path("items");
        for (JsonNode node : items) {
            boolean ready = false;
            for (JsonNode condition : node.path("status").path("conditions")) {
                if ("Ready".equals(condition.path("type").asText())) {
                    ready = "True".equals(condition.path("status").asText());
                }
            }
            if (!ready) {
                notReady.add(node.path("metadata").path("name").asText());
            }
        }
        boolean passed = items.size() > 0 && notReady.isEmpty();
        String detail = items.size() == 0 ? "no nodes" : notReady.isEmpty() ? items.size() + " nodes Ready" : "not Ready: " + notReady;
        return new CheckResult("nodes ready", passed, detail);
    }

    private CheckResult releasesDeployed(Map<String, String> env) {
        var output = runner.run(List.of("helm", "list", "--all-namespaces", "--all", "--output", "json"), env);
        if (!output.succeeded()) {
            return new CheckResult("add-on releases deployed", false, output.stderr().strip());
        }
        JsonNode releases = parse(output.stdout());
        List<String> notDeployed = new ArrayList<>();
        for (JsonNode release : releases) {
            if (!"deployed".equals(release.path("status").asText())) {
                notDeployed.add(release.path("namespace").asText() + "/" + release.path("name").asText() + " is " + release.path("status").asText());
            }
        }
        boolean passed = releases.size() > 0 && notDeployed.isEmpty();
        String detail = releases.size() == 0 ? "no releases" : notDeployed.isEmpty() ? releases.size() + " releases deployed" : String.join(", ", notDeployed);
        return new CheckResult("add-on releases deployed", passed, detail);
    }

    private CheckResult httpCheck(SlotTarget target) {
        String url = "https://" + target.probeHost() + "/";
        String name = "HTTP through " + target.probeHost();
        try {
            int status = http.get(URI.create(url));
            return new CheckResult(name, status < 500, "GET " + url + " answered " + status);
        } catch (IOException e) {
            return new CheckResult(name, false, "GET " + url + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CheckResult(name, false, "interrupted");
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new OperationFailedException("unexpected output (not JSON): " + e.getMessage());
        }
    }
}
