package io.slipway.ops.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.ops.OperationFailedException;
import io.slipway.ops.SlotTarget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Deletes what owns cloud load balancers in a slot's cluster with kubectl: Services of type
 * LoadBalancer (the cloud controller or the AWS Load Balancer Controller then deletes their load
 * balancer, held back by its finalizer until it has) and Ingresses.
 */
public final class KubectlClusterWorkloads implements ClusterWorkloads {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CommandRunner runner;
    private final SlotKubeconfig kubeconfig;

    public KubectlClusterWorkloads(CommandRunner runner) {
        this.runner = runner;
        this.kubeconfig = new SlotKubeconfig(runner);
    }

    @Override
    public List<String> deleteLoadBalancerOwners(SlotTarget target) {
        Map<String, String> env = kubeconfig.environmentFor(target);
        List<String> deleted = new ArrayList<>();
        for (JsonNode service : list(env, "services")) {
            if ("LoadBalancer".equals(service.path("spec").path("type").asText())) {
                deleted.add(delete(env, "service", service));
            }
        }
        for (JsonNode ingress : list(env, "ingresses")) {
            deleted.add(delete(env, "ingress", ingress));
        }
        return deleted;
    }

    @Override
    public boolean reachable(SlotTarget target) {
        try {
            Map<String, String> env = kubeconfig.environmentFor(target);
            return runner.run(List.of("kubectl", "get", "--raw", "/readyz", "--request-timeout=20s"), env).succeeded();
        } catch (OperationFailedException e) {
            return false;
        }
    }

    private List<JsonNode> list(Map<String, String> env, String kind) {
        List<String> command = List.of("kubectl", "get", kind, "--all-namespaces", "-o", "json");
        String json = runner.output(command, env);
        List<JsonNode> items = new ArrayList<>();
        try {
            JSON.readTree(json).path("items").forEach(items::add);
        } catch (IOException e) {
            throw new OperationFailedException(String.join(" ", command) + " printed something other than JSON: " + e.getMessage());
        }
        return items;
    }

    private String delete(Map<String, String> env, String kind, JsonNode item) {
        String namespace = item.path("metadata").path("namespace").asText();
        String name = item.path("metadata").path("name").asText();
        List<String> command = List.of("kubectl", "delete", kind, name, "--namespace", namespace, "--wait=true",
                "--ignore-not-found", "--timeout=5m");
        runner.output(command, env);
        return namespace + "/" + kind + "/" + name;
    }
}
