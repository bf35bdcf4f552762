package io.slipway.ephemeral;

import io.slipway.model.EnvironmentSpec;
import io.slipway.ops.Deployer;
import io.slipway.ops.RefusedException;
import io.slipway.ops.config.EnvironmentConfigStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps a parent's standbys deployed ({@code dev standby}): the backend's record of each standby
 * file here decides whether it waits, was claimed elsewhere (its file is stale) or never finished its
 * deploy; missing standbys are deployed as {@code <parent>-sbK} within the parent's cap.
 */
final class StandbyKeeper {
    private final EnvironmentConfigStore store;
    private final ChildFiles files;
    private final EphemeralStacks stacks;
    private final Clock clock;
    private final PrintWriter out;
    private final ChildInventory inventory;
    private final StandbyPool standbys;
    private final ChildDeployments deployments;

    StandbyKeeper(EnvironmentConfigStore store, ChildFiles files, Deployer deployer, EphemeralStacks stacks, Clock clock,
                  PrintWriter out, ChildInventory inventory, ChildDeployments deployments) {
        this.store = store;
        this.files = files;
        this.stacks = stacks;
        this.clock = clock;
        this.out = out;
        this.inventory = inventory;
        this.standbys = new StandbyPool(deployer);
        this.deployments = deployments;
    }

    /**
     * Keeps {@code parent}'s standbys at its {@code ephemeralPolicy.standby}: resumes a standby whose deploy
     * did not complete and deploys new ones ({@code <parent>-sbK}) for those claimed or reaped, within the
     * parent's cap. Meant for a scheduled job after {@code dev reap}.
     *
     * @return the standbys deployed by this run
     */
    List<String> fill(String parentName, String owner) {
        EnvironmentSpec parent = deployments.parent(parentName);
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
                deployments.deploy(standby.name(), store.file(standby.name()), Optional.empty());
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
            deployments.gateOrRemove(file, name);
            out.println("[1/3] Wrote " + file + ": standby of " + parentName + ", expires " + spec.ephemeral().expiresAt() + ".");
            deployments.deploy(name, file, Optional.empty());
            taken.add(name);
            children.add(FoundChild.ofFile(name, spec));
            made.add(name);
        }
        out.println(parentName + ": " + (waiting.size() + made.size()) + " standby(s) waiting of the " + wanted
                + " its ephemeralPolicy.standby asks for" + (made.isEmpty() ? "." : "; deployed " + made + "."));
        return made;
    }
}
