package io.slipway.aws.eks;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The EKS AMI type a pool's instance types need: one Amazon Linux 2023 image per CPU architecture. */
public final class NodeAmiType {
    public static final String X86_64 = "AL2023_x86_64_STANDARD";
    public static final String ARM_64 = "AL2023_ARM_64_STANDARD";
    /** Graviton families carry a {@code g} right after the generation digit: m6g, m7gd, c6gn, t4g, im4gn, hpc7g. */
    private static final Pattern GRAVITON_FAMILY = Pattern.compile("[a-z]+\\d+g[a-z]*");

    private NodeAmiType() {}

    /**
     * The AMI type shared by all the instance types; a node group runs one AMI, so a pool mixing
     * Graviton and x86 types is refused with both groups named.
     */
    public static String of(String poolName, List<String> instanceTypes) {
        var arm = new TreeSet<String>();
        var x86 = new TreeSet<String>();
        for (String type : instanceTypes) {
            String family = type.contains(".") ? type.substring(0, type.indexOf('.')) : type;
            (GRAVITON_FAMILY.matcher(family).matches() ? arm : x86).add(type);
        }
        if (!arm.isEmpty() && !x86.isEmpty()) {
            throw new IllegalArgumentException("node pool '" + poolName + "' mixes Graviton (arm64) instance types " + arm
                    + " with x86_64 types " + x86 + "; a node group runs one AMI, so put them in separate pools");
        }
        return arm.isEmpty() ? X86_64 : ARM_64;
    }
}
