package io.slipway.aws.eks;

import java.util.Optional;
import java.util.Set;

/**
 * The instance types EKS Auto Mode launches: families of its supported-instance reference, with more
 * than one vCPU (no {@code nano}, {@code micro} or {@code small} size). A node pool naming another type
 * would never get a node, its pods would stay Pending, so the spec is refused instead.
 * Source: Amazon EKS User Guide, "EKS Auto Mode supported instance reference"
 * (awsdocs/amazon-eks-user-guide latest/ug/automode/automode-learn-instances.adoc), read 2026-11-30.
 */
final class AutoModeInstanceTypes {
    private static final Set<String> FAMILIES = Set.of(
            // Compute optimized
            "c8id", "c8i", "c8i-flex", "c8gd", "c8gn", "c8g", "c8a", "c8gb", "c7a", "c7g", "c7gn", "c7gd", "c7i", "c7i-flex",
            "c6a", "c6g", "c6i", "c6gn", "c6id", "c6in", "c6gd", "c5", "c5a", "c5d", "c5ad", "c5n", "c4",
            // General purpose
            "m8id", "m8i", "m8i-flex", "m8a", "m8azn", "m8gn", "m8gb", "m8gd", "m8g", "m7i", "m7a", "m7g", "m7gd", "m7i-flex",
            "m6a", "m6i", "m6in", "m6g", "m6idn", "m6id", "m6gd", "m5", "m5a", "m5ad", "m5n", "m5dn", "m5d", "m5zn", "m4",
            // Memory optimized
            "r8id", "r8i", "r8i-flex", "r8gn", "r8gb", "r8gd", "r8g", "r8a", "r7a", "r7iz", "r7gd", "r7i", "r7g", "r6a", "r6i",
            "r6id", "r6in", "r6idn", "r6g", "r6gd", "r5", "r5n", "r5a", "r5dn", "r5b", "r5ad", "r5d", "r4",
            // Burstable, high memory, storage optimized
            "t4g", "t3", "t3a", "t2", "z1d", "x8aedz", "x8g", "x8i", "x2gd",
            "i8ge", "i7i", "i8g", "i7ie", "i4g", "i4i", "i3", "i3en", "is4gen", "d3", "d3en", "im4gn",
            // Accelerated and HPC
            "p6-b200", "p6-b300", "p5", "p5e", "p5en", "p4d", "p4de", "p3dn", "g7e", "g6", "gr6", "g6e", "g5g", "g5", "g4dn",
            "g4ad", "inf2", "inf1", "trn1", "trn1n", "trn2", "hpc8a", "x2iezn", "x2iedn", "x2idn");
    private static final Set<String> TOO_SMALL = Set.of("nano", "micro", "small");

    private AutoModeInstanceTypes() {}

    /** Why Auto Mode would never launch {@code type}, or empty when it can. */
    static Optional<String> problem(String type) {
        int dot = type.indexOf('.');
        if (dot < 0) {
            return Optional.empty(); // not an instance type at all: the model's own rule reports it
        }
        String family = type.substring(0, dot);
        if (!FAMILIES.contains(family)) {
            return Optional.of("'" + type + "' is not of a family EKS Auto Mode launches (c, m, r, t, i, d, z, x, "
                    + "accelerated and HPC families of its supported-instance reference); pick e.g. m6i.large or t3.large, "
                    + "or set aws.autoMode: false to use managed node groups");
        }
        if (TOO_SMALL.contains(type.substring(dot + 1))) {
            return Optional.of("'" + type + "' is too small for EKS Auto Mode, which launches no nano, micro or small "
                    + "instances; pick a medium or larger size, or set aws.autoMode: false");
        }
        return Optional.empty();
    }
}
