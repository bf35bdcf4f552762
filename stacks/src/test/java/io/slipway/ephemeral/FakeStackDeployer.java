package io.slipway.ephemeral;

import io.slipway.ops.pulumi.DeployedResource;
import io.slipway.ops.Deployer;
import io.slipway.ops.OperationFailedException;
import io.slipway.ops.pulumi.PreviewSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import io.slipway.model.EnvironmentSpec;
import io.slipway.platform.EphemeralRecord;
import java.util.Set;

/**
 * A {@link Deployer} over several stacks: {@code up} gives a stack a cluster slot with its cluster and
 * ingress release, destroys remove what they target, and every call is journalled. It can fail the
 * destroys of chosen stacks, and give stacks the {@code ephemeral} output of a child.
 */
final class FakeStackDeployer implements Deployer {
    private final List<String> journal;
    private final Map<String, List<DeployedResource>> state = new HashMap<>();
    final Set<String> failDestroyOf = new HashSet<>();
    /** The {@code ephemeral} output per stack, as a child's {@code pulumi up} exports it. */
    final Map<String, Map<String, Object>> ephemeralOutputs = new HashMap<>();
    /** The Kubernetes version of each stack's slot, as its {@code slots} output says. */
    final Map<String, String> versions = new HashMap<>();
    /** What the program reads at {@code up}: the stack's environment file, if it has one. */
    private final Function<String, Optional<EnvironmentSpec>> environments;

    FakeStackDeployer(List<String> journal, Function<String, Optional<EnvironmentSpec>> environments) {
        this.journal = journal;
        this.environments = environments;
    }

    /** Gives {@code stack} a deployed {@code blue} slot, as a previous {@code dev up} would have. */
    FakeStackDeployer deployed(String stack) {
        String root = "urn:pulumi:" + stack + "::slipway::";
        String slot = root + "slipway:platform:ClusterSlot::" + stack + "-blue";
        state.put(stack, new ArrayList<>(List.of(
                new DeployedResource(root + "pulumi:pulumi:Stack::slipway-" + stack, "pulumi:pulumi:Stack", null, false, List.of()),
                new DeployedResource(slot, "slipway:platform:ClusterSlot", null, false, List.of()),
                new DeployedResource(root + "aws:eks/cluster:Cluster::" + stack + "-blue", "aws:eks/cluster:Cluster", slot, false, List.of()),
                new DeployedResource(root + "kubernetes:helm.sh/v3:Release::" + stack + "-blue-traefik",
                        "kubernetes:helm.sh/v3:Release", slot, false, List.of()))));
        return this;
    }

    boolean hasResources(String stack) {
        return state.getOrDefault(stack, List.of()).stream().anyMatch(r -> !r.type().equals("pulumi:pulumi:Stack"));
    }

    @Override
    public PreviewSummary preview(String stack) {
        journal.add("preview " + stack);
        return new PreviewSummary(Map.of("create", 77), "  + 77 to create");
    }

    @Override
    public void up(String stack) {
        journal.add("up " + stack);
        deployed(stack);
        // The outputs the program exports from the file as it is now (PlatformProgram).
        environments.apply(stack).ifPresent(spec -> {
            versions.put(stack, spec.slots().get(EnvironmentSpec.BLUE).kubernetesVersion());
            if (spec.isEphemeral()) {
                ephemeralOutputs.put(stack, EphemeralRecord.of(spec));
            }
        });
    }

    @Override
    public void refresh(String stack) {
        journal.add("refresh " + stack);
    }

    @Override
    public Map<String, Object> outputs(String stack) {
        var outputs = new HashMap<String, Object>(Map.of("slots",
                Map.of("blue", Map.of("clusterName", stack + "-blue", "ingressAddress", "lb-" + stack + ".example",
                        "kubernetesVersion", versions.getOrDefault(stack, "1.34")))));
        if (ephemeralOutputs.containsKey(stack)) {
            outputs.put("ephemeral", ephemeralOutputs.get(stack));
        }
        return outputs;
    }

    @Override
    public List<DeployedResource> resources(String stack) {
        return List.copyOf(state.getOrDefault(stack, List.of()));
    }

    @Override
    public void destroyTargets(String stack, List<String> urns) {
        journal.add("destroy " + stack + " " + urns.stream().map(u -> u.substring(u.lastIndexOf("::") + 2)).toList());
        if (failDestroyOf.contains(stack)) {
            throw new OperationFailedException("injected failure destroying " + stack);
        }
        state.get(stack).removeIf(r -> urns.contains(r.urn()));
    }
}
