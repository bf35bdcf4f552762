package io.slipway.ops;

import io.slipway.model.EnvironmentSpec;
import io.slipway.ops.config.EnvironmentConfigStore;
import io.slipway.ops.pulumi.DeployedResource;
import io.slipway.ops.pulumi.PreviewSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Deployer} that records every call in the journal and, on {@code up}, "deploys" the
 * config on disk: the applied specs are kept and the {@code clusters} output follows them, as the
 * real stack's would. It can be told to fail at the n-th call of a kind, to simulate an interruption.
 */
public class FakeDeployer implements Deployer {
    public final List<EnvironmentSpec> applied = new ArrayList<>();
    public final List<List<String>> destroyed = new ArrayList<>();
    private final Journal journal;
    private final EnvironmentConfigStore store;
    private List<DeployedResource> resources;
    private List<String> deployedClusters = new ArrayList<>();
    private String failOperation;
    private int failAtCall;
    private final Map<String, Integer> calls = new LinkedHashMap<>();

    public FakeDeployer(Journal journal, EnvironmentConfigStore store) {
        this.journal = journal;
        this.store = store;
    }

    /** Makes the {@code n}-th (1-based) call of {@code operation} (preview, up, destroy) fail once. */
    public FakeDeployer failAt(String operation, int n) {
        this.failOperation = operation;
        this.failAtCall = n;
        return this;
    }

    public FakeDeployer withResources(List<DeployedResource> state) {
        this.resources = List.copyOf(state);
        return this;
    }

    public FakeDeployer withDeployedClusters(List<String> clusters) {
        this.deployedClusters = new ArrayList<>(clusters);
        return this;
    }

    public long count(String operation) {
        return calls.getOrDefault(operation, 0);
    }

    @Override
    public PreviewSummary preview(String stack) {
        record("preview", stack);
        return new PreviewSummary(Map.of("update", 1), "  ~ fake diff of " + stack);
    }

    @Override
    public void up(String stack) {
        record("up", stack);
        EnvironmentSpec spec = store.read(stack).spec();
        applied.add(spec);
        deployedClusters = spec.slots().keySet().stream().map(slot -> stack + "-" + slot).toList();
    }

    @Override
    public void refresh(String stack) {
        record("refresh", stack);
    }

    @Override
    public Map<String, Object> outputs(String stack) {
        record("outputs", stack);
        return Map.of("clusters", List.copyOf(deployedClusters));
    }

    @Override
    public List<DeployedResource> resources(String stack) {
        record("resources", stack);
        if (resources != null) {
            return resources;
        }
        // Without a scripted state: one ClusterSlot per deployed cluster, as the exported state has.
        String stackUrn = "urn:pulumi:" + stack + "::slipway::pulumi:pulumi:Stack::slipway-" + stack;
        List<DeployedResource> slots = new ArrayList<>(List.of(new DeployedResource(stackUrn, "pulumi:pulumi:Stack", null, false, List.of())));
        deployedClusters.forEach(cluster -> slots.add(new DeployedResource("urn:pulumi:" + stack + "::slipway::slipway:platform:ClusterSlot::"
                + cluster, "slipway:platform:ClusterSlot", stackUrn, false, List.of())));
        return slots;
    }

    @Override
    public void destroyTargets(String stack, List<String> urns) {
        record("destroy", stack + " " + urns);
        destroyed.add(List.copyOf(urns));
    }

    private void record(String operation, String detail) {
        int n = calls.merge(operation, 1, Integer::sum);
        journal.add(operation + " " + detail);
        if (operation.equals(failOperation) && n == failAtCall) {
            failOperation = null;
            throw new OperationFailedException("injected failure at " + operation + " #" + n);
        }
    }
}
