package io.slipway.ops.teardown;

import io.slipway.cluster.EnvironmentContext;
import io.slipway.model.Cloud;
import io.slipway.ops.Deployer;
import io.slipway.ops.Durations;
import io.slipway.ops.OperationFailedException;
import io.slipway.ops.Sleeper;
import io.slipway.ops.SlotTarget;
import io.slipway.ops.pulumi.DeployedResource;
import io.slipway.ops.pulumi.StackResources;
import io.slipway.ops.tools.ClusterWorkloads;
import io.slipway.ops.tools.LoadBalancerInventory;
import io.slipway.ops.tools.ReleasedVolumes;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Clears a slot's cluster of what would outlive it, before the cluster goes. First its load balancers,
 * the step whose absence makes cluster destroys fail most often: a load balancer left behind keeps its
 * ENIs and security groups in the network, which then cannot be deleted. Then its volumes: a disk
 * provisioned for a PersistentVolumeClaim is not part of the cluster and would keep being billed. The one
 * teardown of {@code finish}, {@code rollback}, the drill, {@code destroy} and {@code dev down}: the ingress
 * add-on's release (its LoadBalancer Service), whatever LoadBalancer Services and Ingresses remain, a bounded
 * wait until the cloud lists no load balancer tagged for the cluster; then every PersistentVolumeClaim (team
 * and platform alike: nothing can use them once the cluster is gone, and Velero's backups, not the disks,
 * are what a restore reads) and the pods mounting them, and a bounded wait until their volumes are deleted.
 * When the cluster's API cannot be reached, the steps that need it are skipped (and said so), the load
 * balancers are deleted cloud-side instead, and the command that lists leftover disks is printed.
 */
public final class SlotTeardown {
    /** How long the cloud usually needs to delete a load balancer (or a disk), with margin. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);
    public static final Duration POLL_INTERVAL = Duration.ofSeconds(15);

    private final Deployer deployer;
    private final ClusterWorkloads workloads;
    private final LoadBalancerInventory loadBalancers;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration timeout;
    private final PrintWriter out;

    public SlotTeardown(Deployer deployer, ClusterWorkloads workloads, LoadBalancerInventory loadBalancers, Clock clock,
                        Sleeper sleeper, Duration timeout, PrintWriter out) {
        this.deployer = deployer;
        this.workloads = workloads;
        this.loadBalancers = loadBalancers;
        this.clock = clock;
        this.sleeper = sleeper;
        this.timeout = timeout;
        this.out = out;
    }

    /**
     * Removes the slot's load balancers, then releases its volumes. With {@code wholeEnvironment} false (a slot
     * leaves while another stays), an ingress release is destroyed through Pulumi only when nothing outside the
     * slot depends on it (in a GCP state written before slots reserved their ingress address, the shared
     * weighted record set does); otherwise its Service is deleted with kubectl like the rest, and the
     * release goes with the slot.
     *
     * @return whether the cluster's API answered (false: the caller must not rely on it)
     */
    public boolean clearBeforeDestroy(SlotTarget target, StackResources state, boolean wholeEnvironment) {
        String cluster = target.clusterName();
        Optional<DeployedResource> slot = state.clusterSlot(cluster);
        boolean hasCluster = slot.isPresent() && state.hasCluster(slot.get().urn());
        boolean reachable = hasCluster && workloads.reachable(target);
        if (hasCluster && !reachable) {
            out.println("The API of " + cluster + " cannot be reached: skipping the ingress release's uninstall and the"
                    + " kubectl clean-up; deleting the cluster's load balancers cloud-side instead.");
            out.println("Its volumes cannot be released either; after the destroy, list the disks left behind with: "
                    + leftoverDisksCommand(target));
        }
        if (reachable) {
            List<String> releases = state.ingressReleases(slot.get().urn()).stream()
                    .filter(release -> wholeEnvironment || state.onlySlotDependsOn(release, slot.get().urn()))
                    .toList();
            if (!releases.isEmpty()) {
                out.println("Destroying the ingress release(s) of " + cluster + ": " + releases);
                deployer.destroyTargets(target.environment(), releases);
            }
            List<String> deleted = workloads.deleteLoadBalancerOwners(target);
            out.println(deleted.isEmpty()
                    ? "No LoadBalancer Service or Ingress left in " + cluster + "."
                    : "Deleted from " + cluster + ": " + String.join(", ", deleted));
        } else {
            List<String> orphans = loadBalancers.remaining(target);
            if (!orphans.isEmpty()) {
                out.println("Deleting " + orphans.size() + " load balancer(s) of " + cluster + " cloud-side: " + orphans);
                loadBalancers.delete(target, orphans);
            }
        }
        waitUntilGone(target);
        if (reachable) {
            releaseVolumes(target);
        }
        return reachable;
    }

    private void releaseVolumes(SlotTarget target) {
        String cluster = target.clusterName();
        ReleasedVolumes released = workloads.releaseVolumes(target);
        if (released.claims().isEmpty()) {
            out.println("No PersistentVolumeClaim in " + cluster + ".");
            return;
        }
        out.println("Deleted from " + cluster + ", with the pods that mounted them: " + String.join(", ", released.claims()));
        if (!released.retained().isEmpty()) {
            out.println("Kept by their reclaim policy Retain (delete their disks when no longer needed): " + released.retained());
        }
        List<String> deleting = released.deleting();
        awaitGone(() -> workloads.remainingVolumes(target, deleting), "volume(s) of " + cluster,
                "Confirmed: the volumes of " + cluster + " are deleted" + (deleting.isEmpty() ? "." : ": " + deleting),
                "the volumes of " + cluster + " to be deleted", "The cluster is untouched; see what holds them with"
                        + " kubectl get pvc,pods --all-namespaces, then run the command again.");
    }

    /** The cloud CLI call that lists the disks carrying the slot's tags (StorageClass and NodeClass tags alike). */
    static String leftoverDisksCommand(SlotTarget target) {
        var spec = target.spec();
        if (spec.cloud() == Cloud.GCP) {
            return "gcloud compute disks list --project " + spec.gcp().project() + " --filter=\"labels."
                    + EnvironmentContext.gcpLabel(EnvironmentContext.TAG_ENVIRONMENT) + "=" + EnvironmentContext.gcpLabel(target.environment())
                    + " AND labels." + EnvironmentContext.gcpLabel(EnvironmentContext.TAG_SLOT) + "=" + target.slot() + "\"";
        }
        return "aws ec2 describe-volumes --region " + spec.region() + " --filters Name=tag:" + EnvironmentContext.TAG_ENVIRONMENT
                + ",Values=" + target.environment() + " Name=tag:" + EnvironmentContext.TAG_SLOT + ",Values=" + target.slot();
    }

    private void waitUntilGone(SlotTarget target) {
        String cluster = target.clusterName();
        awaitGone(() -> loadBalancers.remaining(target), "load balancer(s) of " + cluster,
                "Confirmed: the cloud lists no load balancer tagged for " + cluster + ".",
                "the load balancers of " + cluster + " to be deleted", "The cluster and the network are untouched;"
                        + " delete these by hand (or find what recreates them), then run the command again.");
    }

    /**
     * Polls {@code remaining} every {@link #POLL_INTERVAL} until it is empty, for at most the timeout.
     *
     * @param what      what is waited for, after a count ("2 load balancer(s) of dev-blue")
     * @param confirmed printed once nothing remains
     * @param awaited   what the timeout says it waited for ("the load balancers of dev-blue to be deleted")
     * @param advice    what the timeout says is untouched and what to do
     */
    private void awaitGone(Supplier<List<String>> remaining, String what, String confirmed, String awaited, String advice) {
        Instant deadline = clock.instant().plus(timeout);
        while (true) {
            List<String> left = remaining.get();
            if (left.isEmpty()) {
                out.println(confirmed);
                return;
            }
            if (!clock.instant().isBefore(deadline)) {
                throw new OperationFailedException("timed out after " + Durations.format(timeout) + " waiting for " + awaited + ": "
                        + left + ". " + advice);
            }
            out.println("Waiting for " + left.size() + " " + what + " to go: " + left);
            sleeper.sleep(POLL_INTERVAL);
        }
    }
}
