package io.slipway.addons.namespaces;

/**
 * The Pod Security Standards levels, as the {@code pod-security.kubernetes.io/*} namespace labels
 * name them. A platform namespace gets the strictest level its chart's pods run under.
 */
public enum PodSecurityLevel {
    /** Unrestricted: host namespaces and host paths (node-exporter). */
    PRIVILEGED,
    /** No known privilege escalation, but root and default capabilities allowed. */
    BASELINE,
    /** Hardened: non-root, no privilege escalation, all capabilities dropped, RuntimeDefault seccomp. */
    RESTRICTED;

    /** The label value ({@code restricted}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
