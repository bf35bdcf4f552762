package io.slipway.ephemeral;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.TimeToLive;
import io.slipway.model.loading.InvalidEnvironmentException;
import io.slipway.model.loading.LoadedEnvironment;
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
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The lifecycle of ephemeral environments ({@code slipway dev up|list|extend|down|reap}). The
 * environment file is the record of a child: {@code up} writes it before anything is deployed (a
 * re-run resumes from it), {@code down} removes it after the stack is destroyed and removed, so an
 * interrupted {@code down} or {@code reap} finds the child again and finishes it.
 */
public final class EphemeralEnvironments {
    private static final Pattern STACK_FILE = Pattern.compile("Pulumi\\.([A-Za-z0-9_.-]+)\\.yaml");

    private final EnvironmentConfigStore store;
    private final ChildFiles files;
    private final Deployer deployer;
    private final EphemeralStacks stacks;
    private final SlotTeardown teardown;
    private final Clock clock;
    private final Confirmer confirmer;
    private final PrintWriter out;

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
    }

    /**
     * The child's environment, checked against its parent and the parent's other children, without
     * writing anything: what {@code up} would write, and what {@code up --offline} plans.
     */
    public EnvironmentSpec prepare(EphemeralRequest request) {
        ChildSpecs.checkName(request.name());
        if (request.owner() == null || request.owner().isBlank()) {
            throw new RefusedException("--owner is required (or set SLIPWAY_OWNER): the e-mail address of who asks for "
                    + request.name() + ", shown by dev list");
        }
        EnvironmentSpec parent = parent(request.parent());
        Duration ttl = ChildSpecs.ttl(request.ttl(), request.parent(), parent);
        List<LoadedChild> others = children().stream().filter(c -> !c.name().equals(request.name())).toList();
        EnvironmentSpec child = ChildSpecs.derive(request, parent, ttl, clock.instant(),
                others.stream().map(LoadedChild::spec).toList());
        Integer cap = parent.ephemeralPolicy().maxEnvironments();
        long siblings = others.stream().filter(c -> c.spec().ephemeral().parent().equals(request.parent())).count();
        if (cap != null && siblings >= cap) {
            throw new RefusedException(request.parent() + " allows " + cap + " ephemeral environment(s) at once "
                    + "(ephemeralPolicy.maxEnvironments) and has " + siblings + "; remove one with slipway dev down NAME");
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
            EnvironmentSpec child = prepare(request);
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

    /**
     * Every ephemeral environment with a file, by name. Read to be shown, not acted on
     * ({@link EnvironmentConfigStore#view}): listing, counting and reaping need the ephemeral block,
     * not a policy verdict, and an expired child must be reaped even when a newer rule fails it.
     */
    public List<LoadedChild> children() {
        var found = new ArrayList<LoadedChild>();
        for (String name : environmentNames()) {
            LoadedEnvironment loaded;
            try {
                loaded = store.view(name);
            } catch (InvalidEnvironmentException e) {
                continue; // Not ours to judge here: plan and validate report it.
            }
            if (loaded.spec().isEphemeral()) {
                found.add(new LoadedChild(name, loaded.spec()));
            }
        }
        return found;
    }

    /** Moves the expiry to now + {@code ttl}, within the parent's maximum, and re-tags the resources. */
    public Instant extend(String name, String ttl) {
        EnvironmentSpec child = child(name, store::read); // what is deployed passes the policy gate first
        EnvironmentSpec parent = parent(child.ephemeral().parent());
        Instant expiry = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .plus(ChildSpecs.ttl(ttl, child.ephemeral().parent(), parent));
        store.write(name, child.withEphemeral(child.ephemeral().withExpiresAt(expiry)));
        deployer.up(name);
        out.println("Extended " + name + ": expires " + expiry + ".");
        return expiry;
    }

    /** Load balancers and volumes first, then every resource, then the stack, then the file. Re-runnable. */
    public void down(String name) {
        EnvironmentSpec child = child(name);
        if (!confirmer.confirm("Destroy " + name + " (child of " + child.ephemeral().parent() + ", owner "
                + child.ephemeral().owner() + ")?")) {
            throw new RefusedException("cancelled; nothing was destroyed");
        }
        if (stacks.exists(name)) {
            StackResources state = StackResources.of(deployer.resources(name));
            for (String slot : state.deployedSlots(name)) {
                teardown.clearBeforeDestroy(new SlotTarget(name, slot, child), state, true);
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
        out.println("Destroyed " + name + " and removed " + store.file(name) + ".");
    }

    /** Destroys every expired child; one failure is reported and the others still go. */
    public ReapReport reap(boolean dryRun) {
        Instant now = clock.instant();
        var reaped = new ArrayList<String>();
        var kept = new ArrayList<String>();
        var failed = new java.util.TreeMap<String, String>();
        for (LoadedChild child : children()) {
            if (!child.spec().ephemeral().expiredAt(now)) {
                kept.add(child.name());
                continue;
            }
            if (dryRun) {
                out.println("Would destroy " + child.name() + " (expired " + child.spec().ephemeral().expiresAt() + ").");
                reaped.add(child.name());
                continue;
            }
            out.println("Destroying " + child.name() + " (expired " + child.spec().ephemeral().expiresAt() + ").");
            try {
                down(child.name());
                reaped.add(child.name());
            } catch (RuntimeException e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                out.println("FAILED to destroy " + child.name() + ": " + reason);
                failed.put(child.name(), reason);
            }
        }
        return new ReapReport(reaped, kept, failed);
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

    /** Read to be shown or destroyed: {@code dev down} must work on a child that a newer policy rule fails. */
    private EnvironmentSpec child(String name) {
        return child(name, store::view);
    }

    /** @param reader {@link EnvironmentConfigStore#read} (the policy gate) for what deploys, {@code view} otherwise */
    private EnvironmentSpec child(String name, Function<String, LoadedEnvironment> reader) {
        ChildSpecs.checkName(name);
        if (!Files.exists(store.file(name))) {
            throw new RefusedException("no ephemeral environment '" + name + "': " + store.file(name) + " does not exist");
        }
        EnvironmentSpec spec = reader.apply(name).spec();
        if (!spec.isEphemeral()) {
            throw new RefusedException(name + " is not an ephemeral environment; dev commands never touch it (see slipway destroy)");
        }
        return spec;
    }

    private EnvironmentSpec parent(String parent) {
        if (parent == null || !Files.exists(store.file(parent))) {
            throw new RefusedException("--from " + parent + ": no such environment (" + store.file(parent) + " does not exist); "
                    + "known: " + environmentNames());
        }
        EnvironmentSpec spec = store.view(parent).spec();
        if (spec.isEphemeral()) {
            throw new RefusedException("--from " + parent + ": it is itself ephemeral (child of " + spec.ephemeral().parent()
                    + "); derive from a long-lived environment");
        }
        return spec;
    }

    private List<String> environmentNames() {
        Path directory = store.file("x").getParent();
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(directory)) {
            return list.map(f -> STACK_FILE.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> m.group(1)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    /** A deployed child: its environment and its stack outputs. */
    public record Deployed(EnvironmentSpec spec, Map<String, Object> outputs) {}

    /** One ephemeral environment and its validated spec. */
    public record LoadedChild(String name, EnvironmentSpec spec) {}

    /**
     * What a reap did.
     *
     * @param reaped expired children destroyed (or, on a dry run, that would be)
     * @param kept   children not yet expired
     * @param failed children whose destroy failed, with the reason
     */
    public record ReapReport(List<String> reaped, List<String> kept, Map<String, String> failed) {}
}
