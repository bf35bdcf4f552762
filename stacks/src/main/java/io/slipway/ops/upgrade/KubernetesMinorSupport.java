package io.slipway.ops.upgrade;

/**
 * Which Kubernetes minors the pinned add-ons support, as the add-on lock records them. Injected so
 * {@code slipway upgrade start} refuses a version the add-ons cannot run on before anything changes.
 */
public interface KubernetesMinorSupport {
    /** Whether every pinned add-on supports this {@code MAJOR.MINOR}. */
    boolean supports(String minorVersion);

    /** The supported minors in words, for the refusal message ({@code 1.32 to 1.34}). */
    String describe();
}
