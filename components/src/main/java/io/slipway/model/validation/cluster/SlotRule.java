package io.slipway.model.validation.cluster;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.SlotSpec;
import io.slipway.model.validation.Echo;
import io.slipway.model.validation.Findings;
import io.slipway.model.validation.KeyPaths;
import io.slipway.model.validation.ModelRule;
import io.slipway.model.validation.NumberBounds;
import java.util.Set;

/**
 * An environment has one or two slots named blue and green, and their traffic weights (each 0–100,
 * see {@link NumberBounds}) sum to 100 so the shared DNS names always resolve.
 */
public final class SlotRule implements ModelRule {
    private static final Set<String> NAMES = Set.of(EnvironmentSpec.BLUE, EnvironmentSpec.GREEN);

    @Override
    public void check(EnvironmentSpec spec, Findings findings) {
        if (spec.slots().isEmpty()) {
            findings.error("slots", "no cluster slot; add 'blue' (and 'green' during an upgrade)");
            return;
        }
        if (spec.slots().size() > 2) {
            findings.error("slots", spec.slots().size() + " slots " + spec.slots().keySet()
                    + "; an environment has at most two, blue and green");
        }
        int sum = 0;
        boolean allWeighted = true;
        for (var entry : spec.slots().entrySet()) {
            String path = KeyPaths.slot(entry.getKey());
            if (!NAMES.contains(entry.getKey())) {
                findings.error(path, "slot name " + Echo.quote(entry.getKey()) + " is not valid; valid: blue, green");
            }
            SlotSpec slot = entry.getValue();
            if (slot.weight() == null) {
                allWeighted = false;
                continue;
            }
            sum += slot.weight();
        }
        if (allWeighted && sum != 100) {
            String example = spec.slots().size() == 1 ? "a single slot takes weight 100" : "e.g. blue 90, green 10";
            findings.error("slots", "slot weights sum to " + sum + "; they must sum to 100 (" + example + ")");
        }
    }
}
