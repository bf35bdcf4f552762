package io.slipway.ephemeral;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.TimeToLive;
import io.slipway.ops.Confirmer;
import io.slipway.ops.Deployer;
import io.slipway.ops.RefusedException;
import io.slipway.ops.config.EnvironmentConfigStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Brings a child up ({@code dev up}): resumes it from its file (or the standby claimed as its name),
 * else claims one of the parent's standbys, else writes a new file, checked by the policy gate; then
 * creates its stack if needed, previews, asks and deploys. The environment file is written before
 * anything is deployed, so a re-run resumes.
 */
final class ChildDeployments {
    private final EnvironmentConfigStore store;
    private final ChildFiles files;
    private final Deployer deployer;
    private final EphemeralStacks stacks;
    private final Clock clock;
    private final Confirmer confirmer;
    private final PrintWriter out;
    private final ChildInventory inventory;
    private final StandbyPool standbys;

    ChildDeployments(EnvironmentConfigStore store, ChildFiles files, Deployer deployer, EphemeralStacks stacks, Clock clock,
                     Confirmer confirmer, PrintWriter out, ChildInventory inventory) {
        this.store = store;
        this.files = files;
        this.deployer = deployer;
        this.stacks = stacks;
        this.clock = clock;
        this.confirmer = confirmer;
        this.out = out;
        this.inventory = inventory;
        this.standbys = new StandbyPool(deployer);
    }

    /** The request's name and owner checked, and its parent, which must exist and be long-lived. */
    EnvironmentSpec checkRequest(EphemeralRequest request) {
        ChildSpecs.checkName(request.name());
        if (request.owner() == null || request.owner().isBlank()) {
            throw new RefusedException("--owner is required (or set SLIPWAY_OWNER): the e-mail address of who asks for "
                    + request.name() + ", shown by dev list");
        }
        EnvironmentSpec parent = parent(request.parent());
        ChildSpecs.ttl(request.ttl(), request.parent(), parent);
        return parent;
    }

    EnvironmentSpec derive(EphemeralRequest request, EnvironmentSpec parent, ChildInventory.Inventory known) {
        List<FoundChild> others = known.children().stream().filter(c -> !c.name().equals(request.name())).toList();
        return ChildSpecs.derive(request, parent, ChildSpecs.ttl(request.ttl(), request.parent(), parent), clock.instant(),
                ControlPlaneRanges.ofSiblings(parent, others));
    }

    /** Refuses one more child of the parent beyond its {@code maxEnvironments}, standbys counted. */
    static void checkCap(EphemeralRequest request, EnvironmentSpec parent, ChildInventory.Inventory known) {
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
    EphemeralEnvironments.Deployed up(EphemeralRequest request) {
        Instant started = clock.instant();
        ChildSpecs.checkName(request.name());
        // A standby claimed as NAME here answers to it; the backend's claims are searched below, once.
        Optional<FoundChild> claimedBefore = ChildInventory.claimedAs(request.name(), inventory.fromFiles().children());
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
            // A name that is a stack already (a child whose file was lost) is that stack's, never a claim's.
            boolean nameIsStack = stacks.exists(request.name());
            if (!nameIsStack) {
                claimedBefore = ChildInventory.claimedAs(request.name(), known.children());
                standbys.refuseIfClaimedElsewhereAs(request.name(), known.children());
                stack = claimedBefore.map(FoundChild::name).orElse(request.name());
                file = store.file(stack);
            }
            claim = claimedBefore.isPresent() || nameIsStack ? Optional.empty()
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
        return new EphemeralEnvironments.Deployed(stack, spec, outputs);
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
    Map<String, Object> deploy(String stack, Path file, Optional<Claim> claim) {
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
    void gateOrRemove(Path file, String name) {
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


    EnvironmentSpec parent(String parent) {
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

}
