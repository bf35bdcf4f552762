package io.slipway.ops.upgrade;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes version as a slot spells it: {@code MAJOR.MINOR} ({@code 1.35}), or on GKE an exact
 * version ({@code 1.35.1-gke.1000}). Ordered so an upgrade can tell newer from older; a
 * {@code MAJOR.MINOR} sorts before every exact version of the same minor.
 *
 * @param major    the major version
 * @param minor    the minor version
 * @param patch    the patch version, or -1 when only {@code MAJOR.MINOR} was given
 * @param gkeBuild the GKE build number, or -1
 */
public record KubernetesVersion(int major, int minor, int patch, long gkeBuild) implements Comparable<KubernetesVersion> {
    private static final Pattern FORMAT = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+)(?:-gke\\.(\\d+))?)?");
    private static final Comparator<KubernetesVersion> ORDER = Comparator.comparingInt(KubernetesVersion::major)
            .thenComparingInt(KubernetesVersion::minor)
            .thenComparingInt(KubernetesVersion::patch)
            .thenComparingLong(KubernetesVersion::gkeBuild);

    public static final String VALID_FORMS = "MAJOR.MINOR such as 1.35, or on GKE an exact version such as 1.35.1-gke.1000";

    public static Optional<KubernetesVersion> parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new KubernetesVersion(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                m.group(3) == null ? -1 : Integer.parseInt(m.group(3)),
                m.group(4) == null ? -1 : Long.parseLong(m.group(4))));
    }

    /** {@code MAJOR.MINOR}, the granularity the add-on lock and the cloud support are stated in. */
    public String minorVersion() {
        return major + "." + minor;
    }

    /** How many minors separate this version from an older one of the same major. */
    public int minorsAfter(KubernetesVersion older) {
        return major == older.major ? minor - older.minor : Integer.MAX_VALUE;
    }

    @Override
    public int compareTo(KubernetesVersion other) {
        return ORDER.compare(this, other);
    }
}
