package io.slipway.ops.teardown;

import io.slipway.ops.Deployer;
import io.slipway.ops.Durations;
import io.slipway.ops.OperationFailedException;
import io.slipway.ops.Sleeper;
import io.slipway.ops.SlotTarget;
import io.slipway.ops.pulumi.StackResources;
import io.slipway.ops.tools.ClusterWorkloads;
import io.slipway.ops.tools.LoadBalancerInventory;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Takes a slot's load balancers away before its cluster goes, the step whose absence makes cluster
 * destroys fail most often: a load balancer left behind keeps its ENIs and security groups in the
 * network, which then cannot be deleted. First the ingress add-on's release (its LoadBalancer
 * Service), then whatever LoadBalancer Services and Ingresses remain, then a bounded wait until the
 * cloud lists no load balancer tagged for the cluster.
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

    public void removeLoadBalancers(SlotTarget target, StackResources state) {
        String cluster = target.clusterName();
        var slotResource = state.clusterSlot(cluster);
        List<String> releases = slotResource.map(slot -> state.ingressReleases(slot.urn())).orElse(List.of());
        if (!releases.isEmpty()) {
            out.println("Destroying the ingress release(s) of " + cluster + ": " + releases);
            deployer.destroyTargets(target.environment(), releases);
        }
        if (slotResource.isPresent() && state.hasCluster(slotResource.get().urn())) {
            List<String> deleted = workloads.deleteLoadBalancerOwners(target);
            out.println(deleted.isEmpty()
                    ? "No LoadBalancer Service or Ingress left in " + cluster + "."
                    : "Deleted from " + cluster + ": " + String.join(", ", deleted));
        }
        waitUntilGone(target);
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
                        + target.clusterName() + " to be deleted: " + remaining + ". Delete them by hand (or find what recreates them), "
                        + "then run the command again; nothing else was destroyed.");
            }
            out.println("Waiting for " + remaining.size() + " load balancer(s) of " + target.clusterName() + " to go: " + remaining);
            sleeper.sleep(POLL_INTERVAL);
        }
    }
}
