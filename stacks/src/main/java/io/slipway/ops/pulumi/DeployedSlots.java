package io.slipway.ops.pulumi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The slots a stack has deployed, read from its {@code clusters} output (the physical cluster
 * names {@code <env>-<slot>} that {@code PlatformProgram} exports). Compared with the config, it
 * tells whether the last written step was applied.
 */
public final class DeployedSlots {
    public static final String CLUSTERS_OUTPUT = "clusters";

    private DeployedSlots() {}

    public static List<String> of(String environment, Map<String, Object> outputs) {
        List<String> slots = new ArrayList<>();
        if (outputs.get(CLUSTERS_OUTPUT) instanceof List<?> clusters) {
            String prefix = environment + "-";
            for (Object cluster : clusters) {
                String name = String.valueOf(cluster);
                if (name.startsWith(prefix)) {
                    slots.add(name.substring(prefix.length()));
                }
            }
        }
        return slots;
    }
}
