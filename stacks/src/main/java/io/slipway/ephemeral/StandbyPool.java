package io.slipway.ephemeral;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.SlotSpec;
import io.slipway.model.ephemeral.EphemeralSpec;
import io.slipway.ops.Deployer;
import io.slipway.ops.RefusedException;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A parent's standbys: children deployed ahead by {@code slipway dev standby} so that {@code dev up}
 * can claim one instead of creating a cluster. A cold child waits 11-14 minutes for its control plane,
 * first node and load balancer; a claim changes only its records' names, two add-ons' domain and the
 * expiry tags, which takes 2-3 minutes (modelled). Resource names derive from the stack's name, and renaming a
 * cluster replaces it, so a claimed standby keeps its stack and resource names and answers to the
 * claimed name ({@code ephemeral.claimedAs}).
 *
 * <p>Which standby is free is read from the backend (the stack's {@code ephemeral} output), not from
 * a file here, which another checkout's claim does not change.
 */
final class StandbyPool {
    private final Deployer deployer;

    StandbyPool(Deployer deployer) {
        this.deployer = deployer;
    }

    /** The stack name of a parent's {@code k}-th standby. */
    static String nameOf(String parent, int k) {
        return parent + "-sb" + k;
    }

    /**
     * The first {@code <parent>-sbK} no file, stack or claim uses.
     *
     * @throws RefusedException when the name would be longer than a child's name may be
     */
    static String freeName(String parent, Predicate<String> taken) {
        for (int k = 1; ; k++) {
            String name = nameOf(parent, k);
            if (name.length() > ChildSpecs.MAX_NAME_LENGTH) {
                throw new RefusedException("--from " + parent + ": a standby's name " + name + " would be longer than "
                        + ChildSpecs.MAX_NAME_LENGTH + " characters; this standby needs a parent name of at most "
                        + (ChildSpecs.MAX_NAME_LENGTH - name.length() + parent.length())
                        + " (or lower its ephemeralPolicy.standby)");
            }
            if (!taken.test(name)) {
                return name;
            }
        }
    }

    /** The unexpired standbys of {@code parent} among {@code children}, claimed or failed ones left out. */
    static List<FoundChild> waiting(String parent, Collection<FoundChild> children, Instant now) {
        return children.stream()
                .filter(c -> c.ephemeral().isStandby() && parent.equals(c.ephemeral().parent()))
                .filter(c -> c.record() != FoundChild.Record.INVALID_FILE)
                .filter(c -> c.ephemeral().expiredAt(now).equals(Optional.of(false)))
                .sorted(Comparator.comparing(FoundChild::name))
                .toList();
    }

    /**
     * The standby a {@code dev up} of {@code request} can claim: waiting, deployed (its stack's record says
     * it is a standby, which only a completed {@code pulumi up} exports) and running the Kubernetes
     * version asked for. Empty when there is none, and the child is created cold.
     */
    Optional<FoundChild> claimable(EphemeralRequest request, EnvironmentSpec parent, Collection<FoundChild> children, Instant now) {
        String version = request.kubernetesVersion() != null ? request.kubernetesVersion()
                : parent.slots().values().stream().max(Comparator.comparing(SlotSpec::weight)).orElseThrow().kubernetesVersion();
        for (FoundChild standby : waiting(request.parent(), children, now)) {
            if (parent.gcp() != null && standby.controlPlaneRange() == null) {
                continue; // its range is not known, so it could not be derived again as it is
            }
            Map<String, Object> outputs;
            try {
                outputs = deployer.outputs(standby.name());
            } catch (RuntimeException unreadable) {
                continue;
            }
            if (isUnclaimedStandby(outputs) && version.equals(deployedVersion(outputs))) {
                return Optional.of(standby);
            }
        }
        return Optional.empty();
    }

    /**
     * Refuses the claim unless the stack is still an unclaimed standby in the backend: read just before
     * its {@code pulumi up}, which then holds the stack's lock, so two claims of one standby seldom both go.
     */
    void checkStillFree(String stack, String claimedFor) {
        Map<String, Object> outputs = deployer.outputs(stack);
        if (!isUnclaimedStandby(outputs)) {
            String by = ChildInventory.recordIn(outputs).map(EphemeralSpec::claimedAs).orElse(null);
            throw new RefusedException("standby " + stack + " was claimed" + (by == null ? "" : " as " + by)
                    + " while " + claimedFor + " was being prepared; run slipway dev up " + claimedFor + " again");
        }
    }

    /**
     * Refuses {@code name} when a standby whose file here still says it waits was claimed as {@code name}
     * from another checkout: a new child of that name would collide with its records.
     */
    void refuseIfClaimedElsewhereAs(String name, Collection<FoundChild> children) {
        for (FoundChild standby : children) {
            if (standby.record() != FoundChild.Record.FILE || !standby.ephemeral().isStandby()) {
                continue;
            }
            String claimedAs;
            try {
                claimedAs = ChildInventory.recordIn(deployer.outputs(standby.name())).map(EphemeralSpec::claimedAs).orElse(null);
            } catch (RuntimeException unreadable) {
                continue;
            }
            if (name.equals(claimedAs)) {
                throw new RefusedException("NAME " + name + ": standby " + standby.name() + " was claimed as " + name
                        + " from another checkout, and its file here is stale; restore that checkout's records (CI: "
                        + ".github/scripts/ephemeral-records.sh restore) or choose another name. Nothing was changed.");
            }
        }
    }

    /** What the backend says of a standby whose file is here. */
    enum BackendState {
        /** Its stack exports no record: its first deploy never completed. */
        NOT_DEPLOYED,
        /** Deployed and unclaimed. */
        WAITING,
        /** Claimed from another checkout: the file here is stale. */
        CLAIMED_ELSEWHERE,
        /** Its outputs cannot be read now. */
        UNKNOWN
    }

    /** The backend's word on {@code stack}, which wins over the file here. */
    BackendState stateOf(String stack) {
        Map<String, Object> outputs;
        try {
            outputs = deployer.outputs(stack);
        } catch (RuntimeException unreadable) {
            return BackendState.UNKNOWN;
        }
        if (ChildInventory.recordIn(outputs).isEmpty()) {
            return BackendState.NOT_DEPLOYED;
        }
        return isUnclaimedStandby(outputs) ? BackendState.WAITING : BackendState.CLAIMED_ELSEWHERE;
    }

    private static boolean isUnclaimedStandby(Map<String, Object> outputs) {
        return ChildInventory.recordIn(outputs).map(record -> record.isStandby() && record.claimedAs() == null).orElse(false);
    }

    private static Object deployedVersion(Map<String, Object> outputs) {
        return outputs.get("slots") instanceof Map<?, ?> slots && slots.get(EnvironmentSpec.BLUE) instanceof Map<?, ?> blue
                ? String.valueOf(blue.get("kubernetesVersion")) : null;
    }

    /** Every name a new standby must not take: children's stacks and the names claimed standbys answer to. */
    static Set<String> takenNames(Collection<FoundChild> children, Collection<String> environmentNames) {
        var taken = new java.util.TreeSet<String>(environmentNames);
        children.forEach(c -> {
            taken.add(c.name());
            taken.add(c.answersTo());
        });
        return taken;
    }
}
