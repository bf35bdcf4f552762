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
 * Load balancers of a cluster on AWS: ALBs and NLBs through {@code aws elbv2}, and classic ELBs
 * through {@code aws elb} (what the in-tree cloud provider makes for a LoadBalancer Service without
 * the NLB annotation). Every load balancer in the region is listed, then its tags, keeping those the
 * AWS Load Balancer Controller tagged {@code elbv2.k8s.aws/cluster=<cluster>}, EKS Auto Mode tagged
 * {@code eks:eks-cluster-name=<cluster>}, or the in-tree provider tagged {@code kubernetes.io/cluster/<cluster>}.
 * Any of them left behind blocks the deletion of the subnets it sits in.
 */
public final class AwsLoadBalancerInventory implements LoadBalancerInventory {
    /** describe-tags accepts at most this many load balancers per call, in both APIs. */
    private static final int TAGS_BATCH = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How one of the two load-balancing APIs names its load balancers and their tags. */
    private record Api(String service, String listField, String idField, String tagsOption, String taggedIdField) {}

    private static final Api ELBV2 = new Api("elbv2", "LoadBalancers", "LoadBalancerArn", "--resource-arns", "ResourceArn");
    private static final Api CLASSIC = new Api("elb", "LoadBalancerDescriptions", "LoadBalancerName", "--load-balancer-names",
            "LoadBalancerName");

    private final CommandRunner runner;

    public AwsLoadBalancerInventory(CommandRunner runner) {
        this.runner = runner;
    }

    @Override
    public List<String> remaining(SlotTarget target) {
        List<String> tagged = new ArrayList<>(remaining(ELBV2, target));
        tagged.addAll(remaining(CLASSIC, target));
        return tagged;
    }

    /** ARNs are ALBs/NLBs (elbv2); anything else is a classic ELB's name. */
    @Override
    public void delete(SlotTarget target, List<String> ids) {
        String region = target.spec().region();
        for (String id : ids) {
            runner.output(id.startsWith("arn:")
                    ? List.of("aws", "elbv2", "delete-load-balancer", "--region", region, "--load-balancer-arn", id)
                    : List.of("aws", "elb", "delete-load-balancer", "--region", region, "--load-balancer-name", id), Map.of());
        }
    }

    private List<String> remaining(Api api, SlotTarget target) {
        String region = target.spec().region();
        List<String> ids = new ArrayList<>();
        for (JsonNode lb : aws(List.of("aws", api.service(), "describe-load-balancers", "--region", region, "--output", "json"))
                .path(api.listField())) {
            ids.add(lb.path(api.idField()).asText());
        }
        List<String> tagged = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += TAGS_BATCH) {
            List<String> command = new ArrayList<>(List.of("aws", api.service(), "describe-tags", "--region", region,
                    "--output", "json", api.tagsOption()));
            command.addAll(ids.subList(from, Math.min(ids.size(), from + TAGS_BATCH)));
            for (JsonNode description : aws(command).path("TagDescriptions")) {
                if (taggedFor(description.path("Tags"), target.clusterName())) {
                    tagged.add(description.path(api.taggedIdField()).asText());
                }
            }
        }
        return tagged;
    }

    static boolean taggedFor(JsonNode tags, String clusterName) {
        for (JsonNode tag : tags) {
            String key = tag.path("Key").asText();
            if (key.equals("kubernetes.io/cluster/" + clusterName)
                    || (key.equals("elbv2.k8s.aws/cluster") || key.equals("eks:eks-cluster-name"))
                    && tag.path("Value").asText().equals(clusterName)) {
                return true;
            }
        }
        return false;
    }

    private JsonNode aws(List<String> command) {
        String json = runner.output(command, Map.of());
        try {
            return JSON.readTree(json.isBlank() ? "{}" : json);
        } catch (IOException e) {
            throw new OperationFailedException(command.get(1) + " " + command.get(2) + " printed something other than JSON: " + e.getMessage());
        }
    }
}
