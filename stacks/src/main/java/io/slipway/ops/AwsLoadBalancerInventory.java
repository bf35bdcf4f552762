package io.slipway.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Load balancers (ALB/NLB) of a cluster on AWS, through {@code aws elbv2}: every load balancer in
 * the region, then their tags, keeping those the AWS Load Balancer Controller tagged
 * {@code elbv2.k8s.aws/cluster=<cluster>} or the in-tree cloud provider tagged
 * {@code kubernetes.io/cluster/<cluster>}.
 */
public final class AwsLoadBalancerInventory implements LoadBalancerInventory {
    /** describe-tags accepts at most this many ARNs per call. */
    private static final int TAGS_BATCH = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CommandRunner runner;

    public AwsLoadBalancerInventory(CommandRunner runner) {
        this.runner = runner;
    }

    @Override
    public List<String> remaining(SlotTarget target) {
        String region = target.spec().region();
        List<String> arns = new ArrayList<>();
        for (JsonNode lb : aws(List.of("aws", "elbv2", "describe-load-balancers", "--region", region, "--output", "json"))
                .path("LoadBalancers")) {
            arns.add(lb.path("LoadBalancerArn").asText());
        }
        List<String> tagged = new ArrayList<>();
        for (int from = 0; from < arns.size(); from += TAGS_BATCH) {
            List<String> command = new ArrayList<>(List.of("aws", "elbv2", "describe-tags", "--region", region, "--output", "json",
                    "--resource-arns"));
            command.addAll(arns.subList(from, Math.min(arns.size(), from + TAGS_BATCH)));
            for (JsonNode description : aws(command).path("TagDescriptions")) {
                if (taggedFor(description.path("Tags"), target.clusterName())) {
                    tagged.add(description.path("ResourceArn").asText());
                }
            }
        }
        return tagged;
    }

    static boolean taggedFor(JsonNode tags, String clusterName) {
        for (JsonNode tag : tags) {
            String key = tag.path("Key").asText();
            if (key.equals("kubernetes.io/cluster/" + clusterName)
                    || key.equals("elbv2.k8s.aws/cluster") && tag.path("Value").asText().equals(clusterName)) {
                return true;
            }
        }
        return false;
    }

    private JsonNode aws(List<String> command) {
        String json = runner.run(command, Map.of()).orFail(command);
        try {
            return JSON.readTree(json.isBlank() ? "{}" : json);
        } catch (IOException e) {
            throw new OperationFailedException(command.get(1) + " " + command.get(2) + " printed something other than JSON: " + e.getMessage());
        }
    }
}
