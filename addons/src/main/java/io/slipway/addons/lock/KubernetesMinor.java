package io.slipway.addons.lock;

/**
 * A Kubernetes {@code MAJOR.MINOR} version, ordered numerically (so 1.9 sorts before 1.10).
 *
 * @param major the major version
 * @param minor the minor version
 */
public record KubernetesMinor(int major, int minor) implements Comparable<KubernetesMinor> {

    /** Parses {@code 1.34}; anything after the minor ({@code .5-gke.100}) is ignored. */
    public static KubernetesMinor parse(String version) {
        var matcher = java.util.regex.Pattern.compile("^v?(\\d+)\\.(\\d+)(?:[.-].*)?$").matcher(version == null ? "" : version.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + version + "' is not a Kubernetes version like 1.34");
        }
        return new KubernetesMinor(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    @Override
    public int compareTo(KubernetesMinor other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
