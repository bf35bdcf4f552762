package io.slipway.gcp.gke;

import io.slipway.model.NodePoolSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * One GKE node pool derived from a Slipway node pool. A GKE pool has exactly one machine type, so
 * a Slipway pool with N machine types becomes N GKE pools sharing its min, max and desired counts.
 * A spot pool also gets an on-demand fallback pool of its first machine type that starts empty
 * (min 0, max the whole pool's max): GKE's autoscaler prefers the cheaper spot pools and grows the
 * fallback only when no spot pool can, so workloads still land somewhere when spot capacity runs dry.
 *
 * @param name        the GKE node pool name
 * @param machineType its one machine type
 * @param spot        whether it runs on spot VMs
 * @param totalMin    fewest nodes across all its zones
 * @param totalMax    most nodes across all its zones
 * @param desired     nodes across all its zones at creation
 */
public record GkePoolShape(String name, String machineType, boolean spot, int totalMin, int totalMax, int desired) {
    /** GKE's limit on node pool names. */
    public static final int MAX_NAME_LENGTH = 40;
    public static final String FALLBACK_SUFFIX = "-on-demand";

    public GkePoolShape {
        if (!name.matches("[a-z]([-a-z0-9]*[a-z0-9])?") || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("GKE node pool name '" + name + "' is invalid: at most " + MAX_NAME_LENGTH
                    + " lower-case letters, digits and dashes, starting with a letter; shorten the node pool's name");
        }
    }

    /** The GKE pools a Slipway node pool becomes, in a stable order. */
    public static List<GkePoolShape> of(NodePoolSpec pool) {
        var types = pool.instanceTypes();
        if (types.isEmpty()) {
            throw new IllegalArgumentException("node pool '" + pool.name() + "' lists no machine types");
        }
        if (types.size() == 1 && !pool.isSpot()) {
            return List.of(new GkePoolShape(pool.name(), types.get(0), false, pool.min(), pool.max(), pool.desired()));
        }
        int n = types.size();
        var shapes = new ArrayList<GkePoolShape>();
        for (int i = 0; i < n; i++) {
            int min = share(pool.min(), n, i);
            // Every split pool may grow to its share rounded up, so together they reach the pool's max.
            int max = Math.max(min, Math.max(1, ceilDiv(pool.max(), n)));
            shapes.add(new GkePoolShape(pool.name() + "-" + types.get(i), types.get(i), pool.isSpot(), min, max,
                    share(pool.desired(), n, i)));
        }
        if (pool.isSpot()) {
            shapes.add(new GkePoolShape(pool.name() + FALLBACK_SUFFIX, types.get(0), false, 0, pool.max(), 0));
        }
        return List.copyOf(shapes);
    }

    /** The i-th of n near-equal shares of total; earlier pools get the remainder. */
    static int share(int total, int n, int i) {
        return total / n + (i < total % n ? 1 : 0);
    }

    /** a / b rounded up, for a >= 0 and b > 0, without the overflow of (a + b - 1) / b near Integer.MAX_VALUE. */
    static int ceilDiv(int a, int b) {
        return -Math.floorDiv(-a, b);
    }
}
