package io.slipway.ops.teardown;

import io.slipway.ops.Deployer;
import io.slipway.ops.Durations;
import io.slipway.ops.OperationFailedException;
import io.slipway.ops.Sleeper;
import io.slipway.ops.SlotTarget;
import io.slipway.ops.pulumi.DeployedResource;
import io.slipway.ops.pulumi.StackResources;
import io.slipway.ops.tools.ClusterWorkloads;
import io.slipway.ops.tools.LoadBalancerInventory;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Takes a slot's load balancers away before its cluster goes, the step whose absence makes cluster
 * destroys fail most often: a load balancer left behind keeps its ENIs and security groups in the
 * network, which then cannot be deleted. The one teardown of {@code finish}, {@code rollback}, the
 * drill and {@code destroy}: first the ingress add-on's release (its LoadBalancer Service), then
 * whatever LoadBalancer Services and Ingresses remain, then a bounded wait until the cloud lists no
 * load balancer tagged for the cluster. When the cluster's API cannot be reached, the steps that
 * need it are skipped (and said so) and the load balancers are deleted cloud-side instead.
 */
public final class SlotTeardown {
    /** How long the cloud usually needs to delete a load balancer, with margin. */
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
     * Removes the slot's load balancers. With {@code wholeEnvironment} false (a slot leaves while
     * another stays), an ingress release is destroyed through Pulumi only when nothing outside the
     * slot depends on it (in a GCP state written before slots reserved their ingress address, the shared
     * weighted record set does); otherwise its Service is deleted with kubectl like the rest, and the
     * release goes with the slot.
     *
     * @return whether the cluster's API answered (false: the caller must not rely on it)
     */
    public boolean removeLoadBalancers(SlotTarget target, StackResources state, boolean wholeEnvironment) {
        String cluster = target.clusterName();
        Optional<DeployedResource> slot = state.clusterSlot(cluster);
        boolean hasCluster = slot.isPresent() && state.hasCluster(slot.get().urn());
        boolean reachable = hasCluster && workloads.reachable(target);
        if (hasCluster && !reachable) {
            out.println("The API of " + cluster + " cannot be reached: skipping the ingress release's uninstall and the"
                    + " kubectl clean-up; deleting the cluster's load balancers cloud-side instead.");
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
        return reachable;
    }

    private void waitUntilGone(SlotTarget target) {
        Instant deadline = clock.instant().plus(timeout);
        while (true) {
            List<String> remaining = loadBalancers.remaining(target);
            if (remaining.isEmpty()) {
                out.println("Confirmed: the cloud lists no load balancer tagged for " + target.clusterName() + ".");
                return;
            }
            if (!clock.instant().isBefore(deadline)) {
                throw new OperationFailedException("timed out after " + Durations.format(timeout) + " waiting for the load balancers of "
                        + target.clusterName() + " to be deleted: " + remaining + ". The cluster and the network are untouched;"
                        + " delete these by hand (or find what recreates them), then run the command again.");
            }
            out.println("Waiting for " + remaining.size() + " load balancer(s) of " + target.clusterName() + " to go: " + remaining);
            sleeper.sleep(POLL_INTERVAL);
        }
    }
}
