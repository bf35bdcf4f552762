package io.slipway.model.validation;

import io.slipway.model.EnvironmentSpec;

/**
 * One semantic rule of the environment model, run on the bound records. Structural problems
 * (unknown keys, wrong types, missing required keys) are already reported; the spec a rule sees may
 * then still hold nulls where a required value was missing or malformed, so rules skip nulls.
 */
@FunctionalInterface
public interface ModelRule {
    void check(EnvironmentSpec spec, Findings findings);

    /** The key path of the part of the file this rule checks, where a failure of the rule itself is reported. */
    default String scope() {
        return "";
    }
}
