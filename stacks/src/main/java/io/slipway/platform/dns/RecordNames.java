package io.slipway.platform.dns;

import io.slipway.model.EnvironmentSpec;

/**
 * The DNS names Slipway owns in an environment's zone. A shared name such as {@code *} is served
 * at {@code *.<domain>} by every live slot, weighted; the same name under {@code <slot>.<domain>}
 * always reaches one slot, which is how a new slot is smoke-tested before it takes traffic.
 */
public final class RecordNames {
    private RecordNames() {}

    public static String shared(EnvironmentSpec spec, String label) {
        return label + "." + spec.domain();
    }

    public static String direct(EnvironmentSpec spec, String slot, String label) {
        return label + "." + slot + "." + spec.domain();
    }

    /** A label safe for a Pulumi resource name ({@code *} becomes {@code wildcard}). */
    public static String resourceLabel(String label) {
        return label.equals("*") ? "wildcard" : label;
    }

    /** Cloud DNS wants fully qualified names with the trailing dot. */
    public static String fqdn(String name) {
        return name.endsWith(".") ? name : name + ".";
    }
}
