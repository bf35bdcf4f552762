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
 * Load balancers of a cluster on GCP, through {@code gcloud compute forwarding-rules list}: the
 * forwarding rules (the front end of every GCP load balancer) whose name, description or labels
 * mention the cluster's name, which is how the GKE controllers mark what they create for it.
 */
public final class GcpLoadBalancerInventory implements LoadBalancerInventory {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CommandRunner runner;

    public GcpLoadBalancerInventory(CommandRunner runner) {
        this.runner = runner;
    }

    @Override
    public List<String> remaining(SlotTarget target) {
        return rules(target).stream().map(rule -> rule.path("name").asText()).toList();
    }

    /** A regional rule is deleted in its region (the last part of its {@code region} URL), a global one with {@code --global}. */
    @Override
    public void delete(SlotTarget target, List<String> ids) {
        for (JsonNode rule : rules(target)) {
            String name = rule.path("name").asText();
            if (!ids.contains(name)) {
                continue;
            }
            String region = rule.path("region").asText("");
            runner.output(List.of("gcloud", "compute", "forwarding-rules", "delete", name, "--project=" + target.spec().gcp().project(),
                    region.isEmpty() ? "--global" : "--region=" + region.substring(region.lastIndexOf('/') + 1), "--quiet"), Map.of());
        }
    }

    private List<JsonNode> rules(SlotTarget target) {
        List<String> command = List.of("gcloud", "compute", "forwarding-rules", "list",
                "--project=" + target.spec().gcp().project(), "--format=json");
        String json = runner.output(command, Map.of());
        JsonNode rules;
        try {
            rules = JSON.readTree(json.isBlank() ? "[]" : json);
        } catch (IOException e) {
            throw new OperationFailedException("gcloud compute forwarding-rules list printed something other than JSON: " + e.getMessage());
        }
        List<JsonNode> mentioning = new ArrayList<>();
        for (JsonNode rule : rules) {
            if (mentions(rule, target.clusterName())) {
                mentioning.add(rule);
            }
        }
        return mentioning;
    }

    static boolean mentions(JsonNode rule, String clusterName) {
        if (rule.path("name").asText().contains(clusterName) || rule.path("description").asText().contains(clusterName)) {
            return true;
        }
        for (JsonNode label : rule.path("labels")) {
            if (label.asText().contains(clusterName)) {
                return true;
            }
        }
        return false;
    }
}
