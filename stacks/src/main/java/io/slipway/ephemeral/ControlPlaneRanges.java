package io.slipway.ephemeral;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.cloud.GcpSpec;
import io.slipway.model.validation.network.Cidr;
import io.slipway.ops.RefusedException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Chooses the private /28 of an ephemeral GKE child's control plane. Private control planes peered into one
 * VPC must not share a range (GKE refuses the second cluster), and a hash of the name alone collides
 * ({@code pr-890} and {@code pr-1006} both land on 172.16.39.48/28). So the name picks where the search
 * starts, which keeps the choice deterministic, and the first /28 from there that overlaps nothing in use
 * is taken, wrapping round the pool once.
 */
final class ControlPlaneRanges {
    /** GKE's usual control-plane space; the parent's default (172.16.0.0/28) is its first block. */
    static final String POOL = "172.16.0.0/16";
    private static final int BLOCK_PREFIX = 28;

    private final Cidr pool;

    ControlPlaneRanges() {
        this(POOL);
    }

    /** @param pool the range the /28s are cut from */
    ControlPlaneRanges(String pool) {
        this.pool = Cidr.parse(pool).orElseThrow(() -> new IllegalArgumentException(Cidr.problem(pool)));
    }

    /**
     * The control-plane ranges of the other ephemeral environments found ({@code others}, the child itself
     * excluded) that a child of {@code parent} must avoid: those of a valid file in the parent's project, and
     * every range an invalid file or a stack's record holds, whose project cannot be told (avoiding a range
     * of another project costs one block, sharing one in the same VPC fails the cluster).
     */
    static List<String> ofSiblings(EnvironmentSpec parent, Collection<FoundChild> others) {
        if (parent.gcp() == null) {
            return List.of();
        }
        return others.stream()
                .filter(other -> other.spec() == null || other.spec().gcp() != null
                        && other.spec().gcp().project().equals(parent.gcp().project()))
                .map(FoundChild::controlPlaneRange).filter(Objects::nonNull).toList();
    }

    /** What a new child of {@code parent} must not overlap: the parent's ranges and {@code siblingRanges}. */
    static List<String> inUse(EnvironmentSpec parent, Collection<String> siblingRanges) {
        var ranges = new ArrayList<String>();
        if (parent.network() != null) {
            ranges.add(parent.network().cidr());
        }
        GcpSpec gcp = parent.gcp();
        ranges.addAll(List.of(gcp.podsCidr(), gcp.servicesCidr(), gcp.masterCidr()));
        ranges.addAll(siblingRanges);
        return ranges;
    }

    /**
     * @param name  the child's name, where the search starts
     * @param parent the parent's name, for the message
     * @param inUse ranges the child must not overlap: the parent's network, pod, service and control-plane
     *              ranges and the control-plane ranges of the other environments known here
     * @return the chosen /28, as a.b.c.d/28
     * @throws RefusedException when every /28 of the pool is in use
     */
    String choose(String name, String parent, Collection<String> inUse) {
        List<Cidr> used = inUse.stream().filter(Objects::nonNull).map(Cidr::parse).flatMap(java.util.Optional::stream).toList();
        int blocks = 1 << (BLOCK_PREFIX - pool.prefix());
        // The start the earlier hash-only choice used, so children derived before keep the same first candidate.
        int start = blocks > 1 ? 1 + Math.floorMod(name.hashCode(), blocks - 1) : 0;
        for (int i = 0; i < blocks; i++) {
            long network = pool.network() + ((long) ((start + i) % blocks) << (32 - BLOCK_PREFIX));
            Cidr candidate = new Cidr(network, BLOCK_PREFIX);
            if (used.stream().noneMatch(candidate::overlaps)) {
                return candidate.toString();
            }
        }
        throw new RefusedException("NAME " + name + ": no free /" + BLOCK_PREFIX + " for its control plane in " + pool
                + ": all " + blocks + " are used by " + parent + " or the ephemeral environments known here; remove a child"
                + " with slipway dev down NAME first");
    }
}
