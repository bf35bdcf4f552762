package io.slipway.model;

import java.util.List;

/**
 * A validation rule that lives outside the model module (for example the add-on lock's supported
 * Kubernetes minors). The loader runs it after its own rules, on a structurally valid spec.
 */
@FunctionalInterface
public interface SpecRule {
    /** Returns the problems found, each with a key path; empty when the spec passes. */
    List<Problem> check(EnvironmentSpec spec, String source);
}
