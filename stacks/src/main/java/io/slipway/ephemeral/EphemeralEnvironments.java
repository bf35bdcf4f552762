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
import java.util.Set;
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
    private final ChildTeardown teardown;
    private final Clock clock;
    private final Confirmer confirmer;
    private final PrintWriter out;
    private final ChildInventory inventory;
    private final StandbyPool standbys;

    public EphemeralEnvironments(EnvironmentConfigStore store, ChildFiles files, Deployer deployer, EphemeralStacks stacks,
                                 SlotTeardown teardown, Clock clock, Confirmer confirmer, PrintWriter out) {
        this.store = store;
        this.files = files;
        this.deployer = deployer;
        this.stacks = stacks;
        this.clock = clock;
        this.confirmer = confirmer;
        this.out = out;
        this.inventory = new ChildInventory(store, deployer, stacks);
        this.teardown = new ChildTeardown(store, deployer, stacks, teardown, clock, confirmer, out, inventory);
        this.standbys = new StandbyPool(deployer);
    }

    /**
     * The child's environment, checked against its parent and the parent's other children with a file
     * here, without writing anything or asking the backend: what {@code up --offline} plans.
     */
    public EnvironmentSpec prepare(EphemeralRequest request) {
        EnvironmentSpec parent = checkRequest(request);
        ChildInventory.Inventory known = inventory.fromFiles();
        checkCap(request, parent, known);
        return derive(request, parent, known);
    }

    /**
     * What claiming the parent's first standby for the request would change, without writing anything or
     * asking the backend: the standby as {@code dev standby} creates it and as {@code dev up} claims it
     * (what {@code up --offline --timeline} models). Empty when the parent keeps no standbys.
     */
    public Optional<StandbyClaim> prepareClaim(EphemeralRequest request) {
        EnvironmentSpec parent = checkRequest(request);
        if (parent.ephemeralPolicy().standby() == 0) {
            return Optional.empty();
        }
        String name = StandbyPool.nameOf(request.parent(), 1);
        List<FoundChild> others = inventory.fromFiles().children().stream().filter(c -> !c.name().equals(name)).toList();
        var asStandby = new EphemeralRequest(name, request.parent(), "standby@" + parent.domain(), null, request.kubernetesVersion());
        EnvironmentSpec standby = ChildSpecs.standby(asStandby, parent, clock.instant(), ControlPlaneRanges.ofSiblings(parent, others));
        var found = new FoundChild(name, standby.ephemeral(), standby, FoundChild.Record.FILE, null,
                standby.gcp() == null ? null : standby.gcp().masterCidr());
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

    /** The request's name and owner checked, and its parent, which must exist and be long-lived. */
    private EnvironmentSpec checkRequest(EphemeralRequest request) {
        ChildSpecs.checkName(request.name());
        if (request.owner() == null || request.owner().isBlank()) {
            throw new RefusedException("--owner is required (or set SLIPWAY_OWNER): the e-mail address of who asks for "
                    + request.name() + ", shown by dev list");
        }
        EnvironmentSpec parent = parent(request.parent());
        ChildSpecs.ttl(request.ttl(), request.parent(), parent);
        return parent;
    }

    private EnvironmentSpec derive(EphemeralRequest request, EnvironmentSpec parent, ChildInventory.Inventory known) {
        List<FoundChild> others = known.children().stream().filter(c -> !c.name().equals(request.name())).toList();
        return ChildSpecs.derive(request, parent, ChildSpecs.ttl(request.ttl(), request.parent(), parent), clock.instant(),
                ControlPlaneRanges.ofSiblings(parent, others));
    }

    /** Refuses one more child of the parent beyond its {@code maxEnvironments}, standbys counted. */
    private static void checkCap(EphemeralRequest request, EnvironmentSpec parent, ChildInventory.Inventory known) {
        Integer cap = parent.ephemeralPolicy().maxEnvironments();
        List<String> siblings = known.children().stream().filter(c -> !c.name().equals(request.name()))
                .filter(c -> request.parent().equals(c.ephemeral().parent())).map(FoundChild::name).toList();
        if (cap != null && siblings.size() >= cap) {
            throw new RefusedException(request.parent() + " allows " + cap + " ephemeral environment(s) at once "
                    + "(ephemeralPolicy.maxEnvironments, standbys included) and has " + siblings.size() + " " + siblings
                    + "; remove one with slipway dev down NAME");
        }
    }

    /**
     * Deploys the child NAME: resumes it from its file (or from the standby claimed as NAME), else claims
     * one of the parent's standbys, else writes a new file. Then creates its stack if needed and deploys it.
     */
    public Deployed up(EphemeralRequest request) {
        Instant started = clock.instant();
        ChildSpecs.checkName(request.name());
        Optional<FoundChild> claimedBefore = inventory.claimedAs(request.name());
        String stack = claimedBefore.map(FoundChild::name).orElse(request.name());
        Path file = store.file(stack);
        EnvironmentSpec spec;
        Optional<Claim> claim = Optional.empty();
        if (Files.exists(file)) {
            spec = resumable(request, stack, file);
            out.println("Resuming " + request.name() + " from " + file + " (expires " + spec.ephemeral().expiresAt() + ").");
        } else {
            EnvironmentSpec parent = checkRequest(request);
            // Counted with the children the backend alone knows, made on a laptop or elsewhere.
            ChildInventory.Inventory known = inventory.all();
            // The cap counts only what could be found; say what could not, rather than undercount silently.
            known.problems().forEach(problem -> out.println("warning: not counted toward "
                    + "ephemeralPolicy.maxEnvironments: " + problem));
            claim = claimedBefore.isPresent() ? Optional.empty()
                    : standbys.claimable(request, parent, known.children(), clock.instant())
                            .map(standby -> claim(standby, request, parent));
            if (claim.isPresent()) {
                stack = claim.get().standby().name();
                file = store.file(stack);
                spec = claim.get().spec();
                out.println("[1/3] Claimed standby " + stack + " for " + request.name() + ": " + file + " now answers to "
                        + request.name() + ", expires " + spec.ephemeral().expiresAt() + ".");
            } else {
                if (claimedBefore.isEmpty()) {
                    checkCap(request, parent, known);
                }
                spec = adoptOrRefuse(request, claimedBefore, parent, known, file);
                files.create(file, stack, spec);
                gateOrRemove(file, stack);
                out.println("[1/3] Wrote " + file + ": child of " + request.parent() + ", expires " + spec.ephemeral().expiresAt() + ".");
            }
        }
        Map<String, Object> outputs = deploy(stack, file, claim);
        out.println("[3/3] Deployed " + request.name() + (stack.equals(request.name()) ? "" : " (stack " + stack + ")") + " in "
                + TimeToLive.format(Duration.between(started, clock.instant()))
                + " (" + Duration.between(started, clock.instant()).toSeconds() + " s).");
        return new Deployed(stack, spec, outputs);
    }

    /** The child's file, when it may be resumed: an ephemeral child of the parent asked for, not a waiting standby. */
    private EnvironmentSpec resumable(EphemeralRequest request, String stack, Path file) {
        EnvironmentSpec existing = store.read(stack).spec();
        if (!existing.isEphemeral() || !existing.ephemeral().parent().equals(request.parent())) {
            throw new RefusedException("NAME " + request.name() + ": " + file + " already exists and is not an ephemeral "
                    + "child of " + request.parent() + "; choose another name");
        }
        if (existing.ephemeral().isStandby()) {
            throw new RefusedException("NAME " + request.name() + ": it is a standby of " + request.parent() + ", kept for "
                    + "dev up to claim; choose another name (dev up claims a standby by itself)");
        }
        return existing;
    }

    /**
     * Claims {@code standby} for the request: its file rewritten (or written, when the standby was made
     * elsewhere) as the parent derives it now, answering to the request's name.
     */
    private Claim claim(FoundChild standby, EphemeralRequest request, EnvironmentSpec parent) {
        Path file = store.file(standby.name());
        EnvironmentSpec claimed = ChildSpecs.claimed(standby, request, parent,
                ChildSpecs.ttl(request.ttl(), request.parent(), parent), clock.instant());
        String before;
        try {
            before = Files.exists(file) ? Files.readString(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (before != null) {
            store.write(standby.name(), claimed);
        } else {
            files.create(file, standby.name(), claimed);
            gateOrRemove(file, standby.name());
        }
        return new Claim(standby, claimed, before);
    }

    /** A standby being claimed, with its file's text before the claim (null: it had none here) to restore. */
    private record Claim(FoundChild standby, EnvironmentSpec spec, String fileBefore) {}

    /** Creates the stack if needed, previews, asks, and runs {@code pulumi up}; a claim is checked free just before. */
    private Map<String, Object> deploy(String stack, Path file, Optional<Claim> claim) {
        if (!stacks.exists(stack)) {
            stacks.create(stack);
            out.println("[2/3] Created stack " + stack + ".");
        } else {
            out.println("[2/3] Stack " + stack + " exists.");
        }
        out.println("Preview: " + deployer.preview(stack).oneLine());
        boolean go = confirmer.confirm("Deploy " + stack + "?");
        try {
            if (!go) {
                throw new RefusedException("cancelled; " + (claim.isPresent() ? "the standby is left as it was"
                        : file + " is written, re-run dev up to deploy or dev down to remove it"));
            }
            claim.ifPresent(c -> standbys.checkStillFree(stack, c.spec().ephemeral().claimedAs()));
        } catch (RefusedException refused) {
            claim.ifPresent(c -> restore(file, c.fileBefore()));
            throw refused;
        }
        deployer.up(stack);
        return deployer.outputs(stack);
    }

    /** Puts a standby's file back as it was before a claim that did not go ahead. */
    private static void restore(Path file, String before) {
        try {
            if (before == null) {
                Files.deleteIfExists(file);
            } else {
                Files.writeString(file, before);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore " + file, e);
        }
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
        EnvironmentSpec parent = parent(child.ephemeral().parent());
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
        EnvironmentSpec parent = parent(parentName);
        if (owner == null || owner.isBlank()) {
            throw new RefusedException("--owner is required (or set SLIPWAY_OWNER): the e-mail address that answers for "
                    + parentName + "'s standbys, shown by dev list");
        }
        int wanted = parent.ephemeralPolicy().standby();
        ChildInventory.Inventory known = inventory.all();
        known.problems().forEach(problem -> out.println("warning: not counted: " + problem));
        Instant now = clock.instant();
        var waiting = new ArrayList<FoundChild>();
        for (FoundChild standby : StandbyPool.waiting(parentName, known.children(), now)) {
            StandbyPool.BackendState state = standby.record() == FoundChild.Record.FILE
                    ? standbys.stateOf(standby.name()) : StandbyPool.BackendState.WAITING;
            if (state == StandbyPool.BackendState.CLAIMED_ELSEWHERE) {
                // Re-deploying this file would undo someone's claim: the backend's record wins.
                out.println("warning: " + standby.name() + " was claimed from another checkout; " + store.file(standby.name())
                        + " is stale and is left alone (restore the records of that checkout)");
                continue;
            }
            if (state == StandbyPool.BackendState.NOT_DEPLOYED) {
                out.println("Resuming standby " + standby.name() + ", whose deploy did not complete.");
                deploy(standby.name(), store.file(standby.name()), Optional.empty());
            }
            waiting.add(standby);
        }
        var children = new ArrayList<>(known.children());
        int missing = Math.max(0, wanted - waiting.size());
        Integer cap = parent.ephemeralPolicy().maxEnvironments();
        long siblings = children.stream().filter(c -> parentName.equals(c.ephemeral().parent())).count();
        if (cap != null && siblings + missing > cap) {
            out.println("warning: " + parentName + " allows " + cap + " ephemeral environment(s) at once and has " + siblings
                    + "; deploying " + Math.max(0, cap - siblings) + " of the " + missing + " standby(s) missing");
            missing = (int) Math.max(0, cap - siblings);
        }
        Set<String> taken = StandbyPool.takenNames(children, inventory.environmentNames());
        var made = new ArrayList<String>();
        for (int i = 0; i < missing; i++) {
            String name = StandbyPool.freeName(parentName, n -> taken.contains(n) || stacks.exists(n));
            var request = new EphemeralRequest(name, parentName, owner, null, null);
            EnvironmentSpec spec = ChildSpecs.standby(request, parent, now, ControlPlaneRanges.ofSiblings(parent, children));
            Path file = store.file(name);
            files.create(file, name, spec);
            gateOrRemove(file, name);
            out.println("[1/3] Wrote " + file + ": standby of " + parentName + ", expires " + spec.ephemeral().expiresAt() + ".");
            deploy(name, file, Optional.empty());
            taken.add(name);
            children.add(new FoundChild(name, spec.ephemeral(), spec, FoundChild.Record.FILE, null,
                    spec.gcp() == null ? null : spec.gcp().masterCidr()));
            made.add(name);
        }
        out.println(parentName + ": " + (waiting.size() + made.size()) + " standby(s) waiting of the " + wanted
                + " its ephemeralPolicy.standby asks for" + (made.isEmpty() ? "." : "; deployed " + made + "."));
        return made;
    }

    /** Load balancers and volumes first, then every resource, then the stack, then the file. Re-runnable. */
    public void down(String name) {
        teardown.down(inventory.named(name));
    }

    /** Destroys every expired child, standbys included; see {@link ChildTeardown#reap}. */
    public ChildTeardown.ReapReport reap(boolean dryRun) {
        return teardown.reap(dryRun);
    }

    /**
     * The new child's environment. A stack that exists without a file here is taken over only when its
     * {@code ephemeral} output marks it this parent's child for this owner (a re-run of {@code dev up} whose
     * file was lost, such as a CI job whose record was never saved): it keeps its recorded dates, and a
     * standby claimed elsewhere keeps its claim. Any other stack is refused, and nothing is changed.
     */
    private EnvironmentSpec adoptOrRefuse(EphemeralRequest request, Optional<FoundChild> claimedBefore, EnvironmentSpec parent,
                                          ChildInventory.Inventory known, Path file) {
        String name = request.name();
        String stack = claimedBefore.map(FoundChild::name).orElse(name);
        if (!stacks.exists(stack)) {
            return derive(request, parent, known);
        }
        FoundChild recorded = null;
        try {
            recorded = claimedBefore.orElseGet(() -> inventory.named(name));
        } catch (RefusedException notAChild) {
            // refused below
        }
        if (recorded != null && request.parent().equals(recorded.ephemeral().parent())
                && request.owner().equals(recorded.ephemeral().owner())) {
            out.println("Stack " + stack + " is a child of " + request.parent() + " for " + request.owner()
                    + " whose file is not here: writing it again from the stack's record (expires "
                    + recorded.ephemeral().expiresAt() + ").");
            return ChildSpecs.derivedAgain(recorded, parent, request.kubernetesVersion());
        }
        throw new RefusedException("NAME " + name + ": the Pulumi backend already has a stack " + stack + " but " + file
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
    /**
     * A deployed child.
     *
     * @param stack   its stack: the name asked for, or the claimed standby's
     */
    public record Deployed(String stack, EnvironmentSpec spec, Map<String, Object> outputs) {}
}
