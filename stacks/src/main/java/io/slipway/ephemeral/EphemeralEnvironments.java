package io.slipway.ephemeral;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.ephemeral.EphemeralSpec;
import io.slipway.model.TimeToLive;
import io.slipway.ops.Confirmer;
import io.slipway.ops.Deployer;
import io.slipway.ops.RefusedException;
import io.slipway.ops.SlotTarget;
import io.slipway.ops.config.EnvironmentConfigStore;
import io.slipway.ops.pulumi.StackResources;
import io.slipway.ops.teardown.SlotTeardown;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The lifecycle of ephemeral environments ({@code slipway dev up|list|extend|down|reap}). The
 * environment file is the record of a child: {@code up} writes it before anything is deployed (a
 * re-run resumes from it), {@code down} removes it after the stack is destroyed and removed, so an
 * interrupted {@code down} or {@code reap} finds the child again and finishes it. The stack's
 * {@code ephemeral} output is the second record ({@link ChildInventory}): list, reap and the cap
 * also see children that have no file here, and {@code up} never takes over a stack it has no file for.
 */
public final class EphemeralEnvironments {
    private final EnvironmentConfigStore store;
    private final ChildFiles files;
    private final Deployer deployer;
    private final EphemeralStacks stacks;
    private final SlotTeardown teardown;
    private final Clock clock;
    private final Confirmer confirmer;
    private final PrintWriter out;
    private final ChildInventory inventory;

    public EphemeralEnvironments(EnvironmentConfigStore store, ChildFiles files, Deployer deployer, EphemeralStacks stacks,
                                 SlotTeardown teardown, Clock clock, Confirmer confirmer, PrintWriter out) {
        this.store = store;
        this.files = files;
        this.deployer = deployer;
        this.stacks = stacks;
        this.teardown = teardown;
        this.clock = clock;
        this.confirmer = confirmer;
        this.out = out;
        this.inventory = new ChildInventory(store, deployer, stacks);
    }

    /**
     * The child's environment, checked against its parent and the parent's other children with a file
     * here, without writing anything or asking the backend: what {@code up --offline} plans.
     */
    public EnvironmentSpec prepare(EphemeralRequest request) {
        return prepare(request, inventory.fromFiles());
    }

    /** @param known the children the cap on the parent's children counts */
    private EnvironmentSpec prepare(EphemeralRequest request, ChildInventory.Inventory known) {
        ChildSpecs.checkName(request.name());
        if (request.owner() == null || request.owner().isBlank()) {
            throw new RefusedException("--owner is required (or set SLIPWAY_OWNER): the e-mail address of who asks for "
                    + request.name() + ", shown by dev list");
        }
        EnvironmentSpec parent = parent(request.parent());
        Duration ttl = ChildSpecs.ttl(request.ttl(), request.parent(), parent);
        List<FoundChild> others = known.children().stream().filter(c -> !c.name().equals(request.name())).toList();
        EnvironmentSpec child = ChildSpecs.derive(request, parent, ttl, clock.instant(), ControlPlaneRanges.ofSiblings(parent, others));
        Integer cap = parent.ephemeralPolicy().maxEnvironments();
        List<String> siblings = others.stream().filter(c -> request.parent().equals(c.ephemeral().parent()))
                .map(FoundChild::name).toList();
        if (cap != null && siblings.size() >= cap) {
            throw new RefusedException(request.parent() + " allows " + cap + " ephemeral environment(s) at once "
                    + "(ephemeralPolicy.maxEnvironments) and has " + siblings.size() + " " + siblings
                    + "; remove one with slipway dev down NAME");
        }
        return child;
    }

    /** Writes the child's file (or resumes from it), creates its stack if needed, and deploys it. */
    public Deployed up(EphemeralRequest request) {
        Instant started = clock.instant();
        Path file = store.file(request.name());
        EnvironmentSpec spec;
        if (Files.exists(file)) {
            EnvironmentSpec existing = store.read(request.name()).spec();
            spec = existing;
            if (!existing.isEphemeral() || !existing.ephemeral().parent().equals(request.parent())) {
                throw new RefusedException("NAME " + request.name() + ": " + file + " already exists and is not an ephemeral "
                        + "child of " + request.parent() + "; choose another name");
            }
            out.println("Resuming " + request.name() + " from " + file + " (expires " + existing.ephemeral().expiresAt() + ").");
        } else {
            // Counted with the children the backend alone knows, made on a laptop or elsewhere.
            ChildInventory.Inventory known = inventory.all();
            // The cap counts only what could be found; say what could not, rather than undercount silently.
            known.problems().forEach(problem -> out.println("warning: not counted toward "
                    + "ephemeralPolicy.maxEnvironments: " + problem));
            EnvironmentSpec child = adoptOrRefuse(request, prepare(request, known), file);
            spec = child;
            files.create(file, request.name(), child);
            gateOrRemove(file, request.name());
            out.println("[1/3] Wrote " + file + ": child of " + request.parent() + ", expires " + child.ephemeral().expiresAt() + ".");
        }
        if (!stacks.exists(request.name())) {
            stacks.create(request.name());
            out.println("[2/3] Created stack " + request.name() + ".");
        } else {
            out.println("[2/3] Stack " + request.name() + " exists.");
        }
        out.println("Preview: " + deployer.preview(request.name()).oneLine());
        if (!confirmer.confirm("Deploy " + request.name() + "?")) {
            throw new RefusedException("cancelled; " + file + " is written, re-run dev up to deploy or dev down to remove it");
        }
        deployer.up(request.name());
        Map<String, Object> outputs = deployer.outputs(request.name());
        out.println("[3/3] Deployed " + request.name() + " in " + TimeToLive.format(Duration.between(started, clock.instant()))
                + " (" + Duration.between(started, clock.instant()).toSeconds() + " s).");
        return new Deployed(spec, outputs);
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
        EnvironmentSpec child = deployableChild(name);
        EnvironmentSpec parent = parent(child.ephemeral().parent());
        Instant expiry = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .plus(ChildSpecs.ttl(ttl, child.ephemeral().parent(), parent));
        store.write(name, child.withEphemeral(child.ephemeral().withExpiresAt(expiry)));
        deployer.up(name);
        out.println("Extended " + name + ": expires " + expiry + ".");
        return expiry;
    }

    /** Whether {@code name} has a file here or a stack in the backend, ephemeral or not. */
    public boolean exists(String name) {
        ChildSpecs.checkName(name);
        return Files.exists(store.file(name)) || stacks.exists(name);
    }

    /** Load balancers and volumes first, then every resource, then the stack, then the file. Re-runnable. */
    public void down(String name) {
        down(inventory.named(name));
    }

    private void down(FoundChild child) {
        String name = child.name();
        EnvironmentSpec spec = teardownSpec(child);
        if (!confirmer.confirm("Destroy " + name + " (child of " + child.ephemeral().parent() + ", owner "
                + child.ephemeral().owner() + ")?")) {
            throw new RefusedException("cancelled; nothing was destroyed");
        }
        if (child.record() != FoundChild.Record.FILE) {
            out.println(name + ": " + child.note() + "; taking it down with the cloud settings of its parent "
                    + child.ephemeral().parent() + ".");
        }
        if (stacks.exists(name)) {
            StackResources state = StackResources.of(deployer.resources(name));
            for (String slot : state.deployedSlots(name)) {
                teardown.clearBeforeDestroy(new SlotTarget(name, slot, spec), state, true);
            }
            deployer.destroyExceptProtected(name);
            if (!StackResources.of(deployer.resources(name)).protectedUrns().isEmpty()) {
                throw new RefusedException(name + " holds protected resources; unprotect them before dev down");
            }
            stacks.remove(name);
        }
        try {
            Files.deleteIfExists(store.file(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + store.file(name), e);
        }
        out.println("Destroyed " + name + (child.record() == FoundChild.Record.STACK_ONLY ? " and removed its stack."
                : " and removed " + store.file(name) + "."));
    }

    /**
     * The environment the teardown addresses: the child's own, or, when its file is invalid or not here,
     * its parent's derivation of it (the cloud, region, project and API access a child always shares).
     */
    private EnvironmentSpec teardownSpec(FoundChild child) {
        if (child.record() == FoundChild.Record.FILE) {
            return child.spec();
        }
        String parent = child.ephemeral().parent();
        if (parent == null || !Files.exists(store.file(parent))) {
            throw new RefusedException("cannot destroy " + child.name() + " (" + child.note() + "): its cloud, region and project"
                    + " come from its parent '" + parent + "', and " + store.file(parent == null ? "PARENT" : parent)
                    + " does not exist here; run this from the checkout that has its parent's file");
        }
        EnvironmentSpec parentSpec = store.view(parent).spec();
        return ChildSpecs.derivedAgain(child.name(), child.ephemeral(), parentSpec);
    }

    /**
     * Destroys every expired child, whatever its record; one failure is reported and the others still go.
     * A child whose expiry cannot be read, and whatever could not be searched for children, are reported
     * as failures: the reaper never passes over a child in silence.
     */
    public ReapReport reap(boolean dryRun) {
        Instant now = clock.instant();
        var reaped = new ArrayList<String>();
        var kept = new ArrayList<String>();
        var failed = new TreeMap<String, String>();
        ChildInventory.Inventory found = inventory.all();
        for (FoundChild child : found.children()) {
            String note = child.record() == FoundChild.Record.FILE ? "" : ", " + child.note();
            Optional<Boolean> expired = child.ephemeral().expiredAt(now);
            if (expired.isEmpty()) {
                String reason = "cannot tell when it expires: ephemeral.expiresAt '" + child.ephemeral().expiresAt()
                        + "' is not an ISO-8601 instant (" + child.note() + "); fix it, or take it down with slipway dev down "
                        + child.name();
                out.println("FAILED to reap " + child.name() + ": " + reason);
                failed.put(child.name(), reason);
                continue;
            }
            if (!expired.get()) {
                kept.add(child.name());
                continue;
            }
            out.println((dryRun ? "Would destroy " : "Destroying ") + child.name() + " (expired " + child.ephemeral().expiresAt()
                    + note + ").");
            try {
                if (dryRun) {
                    teardownSpec(child); // what would stop the real run stops the dry run too
                } else {
                    down(child);
                }
                reaped.add(child.name());
            } catch (RuntimeException e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                out.println((dryRun ? "WOULD FAIL to destroy " : "FAILED to destroy ") + child.name() + ": " + reason);
                failed.put(child.name(), reason);
            }
        }
        found.problems().forEach(problem -> out.println("NOT SEARCHED: " + problem));
        return new ReapReport(reaped, kept, failed, found.problems());
    }

    /**
     * Refuses a name whose stack exists with no file here: Slipway did not make it from this checkout
     * (or its file was lost), and deploying a child over it would take over someone else's stack.
     */
    /**
     * {@code child} when no stack has its name. A stack that exists without a file here is taken over
     * only when its {@code ephemeral} output marks it this parent's child for this owner (a re-run of
     * {@code dev up} whose file was lost, such as a CI job whose record was never saved): it keeps its
     * recorded dates. Any other stack is refused, and nothing is changed.
     */
    private EnvironmentSpec adoptOrRefuse(EphemeralRequest request, EnvironmentSpec child, Path file) {
        String name = request.name();
        if (!stacks.exists(name)) {
            return child;
        }
        EphemeralSpec recorded = null;
        try {
            recorded = inventory.named(name).ephemeral();
        } catch (RefusedException notAChild) {
            // refused below
        }
        if (recorded != null && request.parent().equals(recorded.parent()) && request.owner().equals(recorded.owner())) {
            out.println("Stack " + name + " is a child of " + request.parent() + " for " + request.owner()
                    + " whose file is not here: writing it again from the stack's record (expires " + recorded.expiresAt() + ").");
            return child.withEphemeral(recorded);
        }
        throw new RefusedException("NAME " + name + ": the Pulumi backend already has a stack " + name + " but " + file
                + " does not exist, and the stack is not a child of " + request.parent() + " for " + request.owner()
                + ", so it was not made by this dev up; choose another name (if it is a child whose file was lost, slipway"
                + " dev list shows it and slipway dev down " + name + " removes it). Nothing was changed.");
    }

    /** The policy gate on a child just written: refused, the file goes again, so a refusal changes nothing. */
    private void gateOrRemove(Path file, String name) {
        try {
            store.read(name);
        } catch (RuntimeException refused) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                refused.addSuppressed(e);
            }
            throw refused;
        }
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

    private EnvironmentSpec parent(String parent) {
        if (parent == null || !Files.exists(store.file(parent))) {
            throw new RefusedException("--from " + parent + ": no such environment (" + store.file(parent) + " does not exist); "
                    + "known: " + inventory.environmentNames());
        }
        EnvironmentSpec spec = store.view(parent).spec();
        if (spec.isEphemeral()) {
            throw new RefusedException("--from " + parent + ": it is itself ephemeral (child of " + spec.ephemeral().parent()
                    + "); derive from a long-lived environment");
        }
        return spec;
    }

    /** A deployed child: its environment and its stack outputs. */
    public record Deployed(EnvironmentSpec spec, Map<String, Object> outputs) {}

    /**
     * What a reap did.
     *
     * @param reaped expired children destroyed (or, on a dry run, that would be)
     * @param kept   children not yet expired
     * @param failed   children whose destroy failed, or whose expiry cannot be read, with the reason
     * @param problems what could not be searched for children (see {@link ChildInventory.Inventory#problems})
     */
    public record ReapReport(List<String> reaped, List<String> kept, Map<String, String> failed, List<String> problems) {
        /** Whether the reap did all it should: nothing failed and nothing went unsearched. */
        public boolean complete() {
            return failed.isEmpty() && problems.isEmpty();
        }
    }
}
