package io.slipway.ephemeral;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.ephemeral.EphemeralSpec;
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
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Takes ephemeral environments down ({@code dev down}, {@code dev reap}) in the clean-destroy order:
 * load balancers and volume claims first, then every resource, then the stack, then the file, so an
 * interrupted run finds the child again and finishes it.
 */
final class ChildTeardown {
    private final EnvironmentConfigStore store;
    private final Deployer deployer;
    private final EphemeralStacks stacks;
    private final SlotTeardown teardown;
    private final Clock clock;
    private final Confirmer confirmer;
    private final PrintWriter out;
    private final ChildInventory inventory;

    ChildTeardown(EnvironmentConfigStore store, Deployer deployer, EphemeralStacks stacks, SlotTeardown teardown, Clock clock,
                  Confirmer confirmer, PrintWriter out, ChildInventory inventory) {
        this.store = store;
        this.deployer = deployer;
        this.stacks = stacks;
        this.teardown = teardown;
        this.clock = clock;
        this.confirmer = confirmer;
        this.out = out;
        this.inventory = inventory;
    }

    /** Destroys {@code child}, whatever its record. */
    void down(FoundChild child) {
        String name = child.name();
        EnvironmentSpec spec = teardownSpec(child);
        String answersTo = child.answersTo().equals(name) ? "" : ", claimed as " + child.answersTo();
        if (!confirmer.confirm("Destroy " + name + " (child of " + child.ephemeral().parent() + ", owner "
                + child.ephemeral().owner() + answersTo + ")?")) {
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
        return ChildSpecs.derivedAgain(child, parentSpec);
    }

    /**
     * Destroys every expired child, whatever its record; one failure is reported and the others still go.
     * A child whose expiry cannot be read, and whatever could not be searched for children, are reported
     * as failures: the reaper never passes over a child in silence.
     */
    ReapReport reap(boolean dryRun) {
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
            Optional<String> later = laterInBackend(child, now);
            if (later.isPresent()) {
                out.println("Keeping " + child.name() + ": " + later.get());
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
     * Why an expired child's file is stale, when its stack's record says it lives on: extended or claimed
     * from another checkout, whose record the backend holds. The record a later {@code pulumi up} wrote wins.
     */
    private Optional<String> laterInBackend(FoundChild child, Instant now) {
        if (child.record() != FoundChild.Record.FILE || !stacks.exists(child.name())) {
            return Optional.empty();
        }
        Optional<EphemeralSpec> record;
        try {
            record = ChildInventory.recordIn(deployer.outputs(child.name()));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
        return record.filter(inBackend -> !inBackend.expiredAt(now).orElse(true))
                .map(inBackend -> "its stack's record says it expires " + inBackend.expiresAt() + ", later than "
                        + store.file(child.name()) + " says (extended or claimed from another checkout; that file is stale)");
    }

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
