package io.slipway.model.loading;

import io.slipway.model.EnvironmentSpec;
import java.util.List;

/**
 * A validation rule that lives outside the model module (for example the add-on lock's supported
 * Kubernetes minors). The loader runs it after its own rules, and its problems are reported with
 * theirs. When the file also has structural problems, the spec it sees holds defaults or nulls where
 * values were missing or malformed; a rule that trips over one is skipped, since the structural
 * problem is already reported.
 */
@FunctionalInterface
public interface SpecRule {
    /** Returns the problems found, each with a key path; empty when the spec passes. */
    List<Problem> check(EnvironmentSpec spec, String source);
}
