package io.slipway.aws.eks;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The EKS AMI type a pool's instance types need: one Amazon Linux 2023 image per CPU architecture. */
public final class NodeAmiType {
    public static final String X86_64 = "AL2023_x86_64_STANDARD";
    public static final String ARM_64 = "AL2023_ARM_64_STANDARD";
    /** Graviton families carry a {@code g} right after the generation digit: m6g, m7gd, c6gn, t4g, im4gn, hpc7g. */
    private static final Pattern GRAVITON_FAMILY = Pattern.compile("[a-z]+\\d+g[a-z]*");

    private NodeAmiType() {}

    /** The AMI type shared by all the instance types, refusing a mix of architectures with the message of {@link #mixProblem}. */
    public static String of(String poolName, List<String> instanceTypes) {
        if (instanceTypes.isEmpty()) {
            throw new IllegalArgumentException("node pool '" + poolName + "' lists no instance types");
        }
        mixProblem(instanceTypes).ifPresent(problem -> {
            throw new IllegalArgumentException("node pool '" + poolName + "' " + problem);
        });
        return isGraviton(instanceTypes.get(0)) ? ARM_64 : X86_64;
    }

    /**
     * Why the types cannot share one node group, if they cannot: a node group runs one AMI, so
     * Graviton and x86 types must go to separate pools. Both groups are named in the message.
     */
    public static Optional<String> mixProblem(List<String> instanceTypes) {
        var arm = new TreeSet<String>();
        var x86 = new TreeSet<String>();
        for (String type : instanceTypes) {
            (isGraviton(type) ? arm : x86).add(type);
        }
        if (arm.isEmpty() || x86.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("mixes Graviton (arm64) instance types " + arm + " with x86_64 types " + x86
                + "; a node group runs one AMI, so put them in separate pools");
    }

    private static boolean isGraviton(String instanceType) {
        String family = instanceType.contains(".") ? instanceType.substring(0, instanceType.indexOf('.')) : instanceType;
        return GRAVITON_FAMILY.matcher(family).matches();
    }
}
