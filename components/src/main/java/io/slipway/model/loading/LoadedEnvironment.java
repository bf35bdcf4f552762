package io.slipway.model.loading;

import io.slipway.model.EnvironmentSpec;
import java.util.List;

/**
 * A valid environment, with the warnings that did not stop it.
 *
 * @param source   where it was read from
 * @param spec     the validated model
 * @param warnings problems worth a look that do not block (e.g. a spot pool mixing sizes)
 */
public record LoadedEnvironment(String source, EnvironmentSpec spec, List<Problem> warnings) {
    public LoadedEnvironment {
        warnings = List.copyOf(warnings);
    }
}
