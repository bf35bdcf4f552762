package io.slipway.ops;

import io.slipway.ops.tools.Backups;
import io.slipway.ops.tools.ClusterWorkloads;
import io.slipway.ops.tools.LoadBalancerInventory;
import io.slipway.ops.tools.ReleasedVolumes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The cluster and cloud side of a destroy: kubectl deletions, the load-balancer inventory (answers
 * given in order, the last one repeated) and Velero, all recorded in the journal.
 */
public class FakeCloud implements ClusterWorkloads, LoadBalancerInventory, Backups {
    private final Journal journal;
    private final Deque<List<String>> inventoryAnswers = new ArrayDeque<>();
    private List<String> lastAnswer = List.of();
    public final List<String> backupsTaken = new ArrayList<>();
    private String failingBackupOperation;

    public FakeCloud(Journal journal) {
        this.journal = journal;
    }

    public FakeCloud loadBalancersListed(List<List<String>> answers) {
        inventoryAnswers.addAll(answers);
        return this;
    }

    public FakeCloud failing(String backupOperation) {
        this.failingBackupOperation = backupOperation;
        return this;
    }

    @Override
    public List<String> deleteLoadBalancerOwners(SlotTarget target) {
        journal.add("kubectl delete load-balancer owners " + target.clusterName());
        return List.of("ingress/service/traefik");
    }

    public boolean apiReachable = true;
    /** The PersistentVolumes of the cluster's claims, all with reclaim policy Delete; listed until the claims are deleted. */
    public List<String> volumes = List.of("pvc-prometheus");
    private final Deque<List<String>> volumeAnswers = new ArrayDeque<>();

    /** What the cluster lists of the claims' volumes after their claims are deleted, in order, the last one repeated. */
    public FakeCloud volumesListed(List<List<String>> answers) {
        volumeAnswers.addAll(answers);
        return this;
    }

    @Override
    public ReleasedVolumes releaseVolumes(SlotTarget target) {
        journal.add("kubectl delete volume claims " + target.clusterName());
        return new ReleasedVolumes(volumes.stream().map(v -> "monitoring/persistentvolumeclaim/" + v).toList(), volumes, List.of());
    }

    @Override
    public List<String> remainingVolumes(SlotTarget target, List<String> volumes) {
        List<String> listed = volumeAnswers.size() > 1 ? volumeAnswers.pop() : volumeAnswers.isEmpty() ? List.of() : volumeAnswers.peek();
        journal.add("list volumes " + target.clusterName() + " " + listed);
        return listed;
    }

    @Override
    public boolean reachable(SlotTarget target) {
        journal.add("probe API " + target.clusterName() + (apiReachable ? " reachable" : " unreachable"));
        return apiReachable;
    }

    @Override
    public void delete(SlotTarget target, List<String> ids) {
        journal.add("delete load balancers " + ids);
    }

    @Override
    public List<String> remaining(SlotTarget target) {
        if (!inventoryAnswers.isEmpty()) {
            lastAnswer = inventoryAnswers.pop();
        }
        journal.add("list load balancers " + target.clusterName() + " " + lastAnswer);
        return lastAnswer;
    }

    @Override
    public void backup(SlotTarget target, String backupName) {
        journal.add("velero backup " + backupName);
        if ("backup".equals(failingBackupOperation)) {
            throw new OperationFailedException("velero backup " + backupName + " ended in phase PartiallyFailed");
        }
        backupsTaken.add(backupName);
    }

    @Override
    public void restore(SlotTarget target, String backupName) {
        journal.add("velero restore " + backupName);
        if ("restore".equals(failingBackupOperation)) {
            throw new OperationFailedException("velero restore " + backupName + "-restore ended in phase PartiallyFailed");
        }
    }
}
