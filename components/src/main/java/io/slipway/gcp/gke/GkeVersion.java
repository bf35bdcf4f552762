package io.slipway.gcp.gke;

import java.util.Objects;

/**
 * How a slot's {@code kubernetesVersion} maps onto GKE's versioning, decided once for the cluster
 * and its node pools.
 *
 * <ul>
 *   <li>{@code MAJOR.MINOR} ({@code 1.34}): the environment's release channel, with that minor as
 *       {@code minMasterVersion} (GKE takes a version prefix there). GKE then applies patches and
 *       security fixes itself; node pools follow the control plane (auto-upgrade on, no version).
 *       Minor upgrades are Slipway's job, blue/green through a new slot.</li>
 *   <li>An exact GKE version ({@code 1.34.1-gke.1829001}): no release channel, that exact version
 *       on the control plane and every node pool, and node auto-upgrade off, because a pin that
 *       moves is not a pin. GKE still force-upgrades a control plane whose version leaves support.</li>
 * </ul>
 *
 * @param releaseChannel   the cluster's release channel, {@code UNSPECIFIED} for an exact pin
 * @param minMasterVersion the control plane version (prefix or exact)
 * @param nodeVersion      the node pools' version, null to follow the control plane
 * @param nodeAutoUpgrade  whether node pools upgrade themselves
 */
public record GkeVersion(String releaseChannel, String minMasterVersion, String nodeVersion, boolean nodeAutoUpgrade) {
    public static final String NO_CHANNEL = "UNSPECIFIED";

    public GkeVersion {
        Objects.requireNonNull(releaseChannel, "releaseChannel");
        Objects.requireNonNull(minMasterVersion, "minMasterVersion");
    }

    /**
     * @param kubernetesVersion the slot's version, {@code MAJOR.MINOR} or an exact GKE version
     * @param releaseChannel    the channel to use for {@code MAJOR.MINOR} versions
     */
    public static GkeVersion of(String kubernetesVersion, String releaseChannel) {
        if (isExact(kubernetesVersion)) {
            return new GkeVersion(NO_CHANNEL, kubernetesVersion, kubernetesVersion, false);
        }
        return new GkeVersion(releaseChannel, kubernetesVersion, null, true);
    }

    /** True for a version with a patch level ({@code 1.34.1-gke.1829001}), false for {@code 1.34}. */
    public static boolean isExact(String kubernetesVersion) {
        return kubernetesVersion.matches("\\d+\\.\\d+\\.\\d+.*");
    }

    public boolean pinned() {
        return nodeVersion != null;
    }
}
