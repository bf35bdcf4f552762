package io.slipway.ephemeral;

import io.slipway.model.EnvironmentSpec;
import io.slipway.ops.Confirmer;
import io.slipway.ops.Deployer;
import io.slipway.ops.RefusedException;
import io.slipway.ops.config.EnvironmentConfigStore;
import io.slipway.ops.teardown.SlotTeardown;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lifecycle of ephemeral environments ({@code slipway dev up|list|extend|down|reap|standby}). The
 * environment file is the record of a child: {@code up} writes it before anything is deployed (a
 * re-run resumes from it), {@code down} removes it after the stack is destroyed and removed, so an
 * interrupted {@code down} or {@code reap} finds the child again and finishes it. The stack's
 * {@code ephemeral} output is the second record ({@link ChildInventory}): list, reap and the cap
 * also see children that have no file here, and {@code up} never takes over a stack it has no file for.
 * Bringing a child up is {@link ChildDeployments}, keeping standbys {@link StandbyKeeper}, taking children
 * down {@link ChildTeardown}.
 */
public final class EphemeralEnvironments {
    private final EnvironmentConfigStore store;
    private final Deployer deployer;
    private final EphemeralStacks stacks;
    private final ChildTeardown teardown;
    private final Clock clock;
    private final PrintWriter out;
    private final ChildInventory inventory;
    private final ChildDeployments deployments;
    private final StandbyKeeper standbys;

    public EphemeralEnvironments(EnvironmentConfigStore store, ChildFiles files, Deployer deployer, EphemeralStacks stacks,
                                 SlotTeardown teardown, Clock clock, Confirmer confirmer, PrintWriter out) {
        this.store = store;
        this.deployer = deployer;
        this.stacks = stacks;
        this.clock = clock;
        this.out = out;
        this.inventory = new ChildInventory(store, deployer, stacks);
        this.teardown = new ChildTeardown(store, deployer, stacks, teardown, clock, confirmer, out, inventory);
        this.deployments = new ChildDeployments(store, files, deployer, stacks, clock, confirmer, out, inventory);
        this.standbys = new StandbyKeeper(store, files, deployer, stacks, clock, out, inventory, deployments);
    }

    /**
     * The child's environment, checked against its parent and the parent's other children with a file
     * here, without writing anything or asking the backend: what {@code up --offline} plans.
     */
    public EnvironmentSpec prepare(EphemeralRequest request) {
        EnvironmentSpec parent = deployments.checkRequest(request);
        ChildInventory.Inventory known = inventory.fromFiles();
        ChildDeployments.checkCap(request, parent, known);
        return deployments.derive(request, parent, known);
    }

    /**
     * What claiming the parent's first standby for the request would change, without writing anything or
     * asking the backend: the standby as {@code dev standby} creates it and as {@code dev up} claims it
     * (what {@code up --offline --timeline} models). Empty when the parent keeps no standbys.
     */
    public Optional<StandbyClaim> prepareClaim(EphemeralRequest request) {
        EnvironmentSpec parent = deployments.checkRequest(request);
        if (parent.ephemeralPolicy().standby() == 0) {
            return Optional.empty();
        }
        String name = StandbyPool.nameOf(request.parent(), 1);
        List<FoundChild> others = inventory.fromFiles().children().stream().filter(c -> !c.name().equals(name)).toList();
        var asStandby = new EphemeralRequest(name, request.parent(), "standby@" + parent.domain(), null, request.kubernetesVersion());
        EnvironmentSpec standby = ChildSpecs.standby(asStandby, parent, clock.instant(), ControlPlaneRanges.ofSiblings(parent, others));
        var found = FoundChild.ofFile(name, standby);
        return Optional.of(new StandbyClaim(name, standby, ChildSpecs.claimed(found, request, parent,
                ChildSpecs.ttl(request.ttl(), request.parent(), parent), clock.instant())));
    }

    /**
     * A standby before and after {@code dev up} claims it.
     *
     * @param stack   the standby's stack, which the claimed child keeps
     * @param standby the standby as deployed
     * @param claimed the claimed child
     */
    public record StandbyClaim(String stack, EnvironmentSpec standby, EnvironmentSpec claimed) {}

    /**
     * Deploys the child NAME: resumes it from its file (or from the standby claimed as NAME), else claims
     * one of the parent's standbys, else writes a new file. Then creates its stack if needed and deploys it.
     */
    public Deployed up(EphemeralRequest request) {
        return deployments.up(request);
    }

    /** The time on this run's clock. */
    public Instant now() {
        return clock.instant();
    }

    /** Every ephemeral environment: with a valid file, with an invalid one, or in the backend alone. */
    public ChildInventory.Inventory children() {
        return inventory.all();
    }

    /** Moves the expiry to now + {@code ttl}, within the parent's maximum, and re-tags the resources. */
    public Instant extend(String name, String ttl) {
        ChildSpecs.checkName(name);
        String stack = inventory.claimedAs(name).map(FoundChild::name).orElse(name);
        EnvironmentSpec child = deployableChild(stack);
        EnvironmentSpec parent = deployments.parent(child.ephemeral().parent());
        Instant expiry = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .plus(ChildSpecs.ttl(ttl, child.ephemeral().parent(), parent));
        store.write(stack, child.withEphemeral(child.ephemeral().withExpiresAt(expiry)));
        deployer.up(stack);
        out.println("Extended " + name + ": expires " + expiry + ".");
        return expiry;
    }

    /** Whether {@code name} has a file here or a stack in the backend, ephemeral or not. */
    public boolean exists(String name) {
        ChildSpecs.checkName(name);
        return Files.exists(store.file(name)) || stacks.exists(name);
    }

    /**
     * Keeps {@code parent}'s standbys at its {@code ephemeralPolicy.standby}: resumes a standby whose deploy
     * did not complete and deploys new ones ({@code <parent>-sbK}) for those claimed or reaped, within the
     * parent's cap. Meant for a scheduled job after {@code dev reap}.
     *
     * @return the standbys deployed by this run
     */
    public List<String> standby(String parentName, String owner) {
        return standbys.fill(parentName, owner);
    }

    /** Load balancers and volumes first, then every resource, then the stack, then the file. Re-runnable. */
    public void down(String name) {
        teardown.down(inventory.named(name));
    }

    /** Destroys every expired child, standbys included; see {@link ChildTeardown#reap}. */
    public ChildTeardown.ReapReport reap(boolean dryRun) {
        return teardown.reap(dryRun);
    }

    /** The child with a file, read through the policy gate: {@code extend} deploys it. */
    private EnvironmentSpec deployableChild(String name) {
        ChildSpecs.checkName(name);
        if (!Files.exists(store.file(name))) {
            throw new RefusedException("no ephemeral environment '" + name + "': " + store.file(name) + " does not exist"
                    + " (a child made from another checkout is extended from the one that has its file; dev list shows it)");
        }
        EnvironmentSpec spec = store.read(name).spec();
        if (!spec.isEphemeral()) {
            throw new RefusedException(name + " is not an ephemeral environment; dev commands never touch it (see slipway destroy)");
        }
        return spec;
    }

    /** A deployed child: its environment and its stack outputs. */
    /**
     * A deployed child.
     *
     * @param stack   its stack: the name asked for, or the claimed standby's
     */
    public record Deployed(String stack, EnvironmentSpec spec, Map<String, Object> outputs) {}
}
