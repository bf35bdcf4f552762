package io.slipway.ops.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.ops.OperationFailedException;
import io.slipway.ops.SlotTarget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deletes what owns cloud load balancers in a slot's cluster with kubectl: Services of type
 * LoadBalancer (the cloud controller or the AWS Load Balancer Controller then deletes their load
 * balancer, held back by its finalizer until it has) and Ingresses; and its PersistentVolumeClaims
 * with the pods that mount them, so their disks are deleted before the cluster that provisioned them.
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
    public ReleasedVolumes releaseVolumes(SlotTarget target) {
        Map<String, String> env = kubeconfig.environmentFor(target);
        Map<String, String> reclaimPolicies = new HashMap<>();
        for (JsonNode volume : list(env, "persistentvolumes")) {
            reclaimPolicies.put(volume.path("metadata").path("name").asText(),
                    volume.path("spec").path("persistentVolumeReclaimPolicy").asText("Delete"));
        }
        List<String> claims = new ArrayList<>();
        List<String> deleting = new ArrayList<>();
        List<String> retained = new ArrayList<>();
        for (JsonNode claim : list(env, "persistentvolumeclaims")) {
            claims.add(delete(env, "persistentvolumeclaim", claim, false));
            String volume = claim.path("spec").path("volumeName").asText();
            if (!volume.isEmpty()) {
                ("Retain".equals(reclaimPolicies.get(volume)) ? retained : deleting).add(volume);
            }
        }
        if (!claims.isEmpty()) {
            // The claims stay (Terminating) while a scheduled pod mounts them; a pod its controller recreates
            // is not scheduled onto a claim being deleted, so deleting the current ones frees the claims.
            for (JsonNode pod : list(env, "pods")) {
                if (mountsAny(pod, claims)) {
                    delete(env, "pod", pod, false);
                }
            }
        }
        return new ReleasedVolumes(claims, deleting, retained);
    }

    @Override
    public List<String> remainingVolumes(SlotTarget target, List<String> volumes) {
        Map<String, String> env = kubeconfig.environmentFor(target);
        Set<String> listed = new HashSet<>();
        list(env, "persistentvolumes").forEach(volume -> listed.add(volume.path("metadata").path("name").asText()));
        return volumes.stream().filter(listed::contains).toList();
    }

    /**
     * Whether {@code pod} mounts one of {@code claims} ({@code namespace/persistentvolumeclaim/name}): by
     * name, or as a generic ephemeral volume, whose claim Kubernetes names {@code <pod>-<volume>}.
     */
    private static boolean mountsAny(JsonNode pod, List<String> claims) {
        String namespace = pod.path("metadata").path("namespace").asText();
        for (JsonNode volume : pod.path("spec").path("volumes")) {
            String claim = volume.path("persistentVolumeClaim").path("claimName").asText();
            if (claim.isEmpty() && volume.has("ephemeral")) {
                claim = pod.path("metadata").path("name").asText() + "-" + volume.path("name").asText();
            }
            if (!claim.isEmpty() && claims.contains(namespace + "/persistentvolumeclaim/" + claim)) {
                return true;
            }
        }
        return false;
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
        return delete(env, kind, item, true);
    }

    /** @param wait whether kubectl waits until the object is gone (its finalizers done), up to five minutes */
    private String delete(Map<String, String> env, String kind, JsonNode item, boolean wait) {
        String namespace = item.path("metadata").path("namespace").asText();
        String name = item.path("metadata").path("name").asText();
        List<String> command = new ArrayList<>(List.of("kubectl", "delete", kind, name, "--namespace", namespace,
                "--wait=" + wait, "--ignore-not-found"));
        if (wait) {
            command.add("--timeout=5m");
        }
        runner.output(command, env);
        return namespace + "/" + kind + "/" + name;
    }
}
