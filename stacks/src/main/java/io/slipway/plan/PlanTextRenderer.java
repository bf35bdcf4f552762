package io.slipway.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The plan for a person: the resource tree, the counts by type, the stack outputs, then the
 * environment's warnings, and a reminder of what an offline plan is not.
 */
public final class PlanTextRenderer {
    private static final ObjectMapper COMPACT_JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private final ResourceTreeRenderer tree = new ResourceTreeRenderer();
    private final TypeCountsRenderer counts = new TypeCountsRenderer();

    public String render(Plan plan) {
        long toCreate = plan.resources().stream().filter(r -> !r.read()).count();
        var text = new StringBuilder();
        text.append("Offline plan of stack ").append(plan.stack())
                .append(plan.source().isEmpty() ? "" : " (" + plan.source() + ")")
                .append(": ").append(toCreate).append(" resources to create\n\n");
        text.append(tree.render(plan.resources())).append('\n');
        text.append("Resources by type:\n").append(counts.render(plan.resources())).append('\n');
        text.append("Outputs:\n");
        if (plan.outputs().isEmpty()) {
            text.append("  (none)\n");
        }
        plan.outputs().forEach((name, value) -> text.append("  ").append(name).append(": ").append(compact(value)).append('\n'));
        if (!plan.warnings().isEmpty()) {
            text.append("\nWarnings:\n");
            plan.warnings().forEach(w -> text.append("  ").append(w.render()).append('\n'));
        }
        text.append("\nIds and computed outputs come from offline mocks; `pulumi preview -s ").append(plan.stack())
                .append("` with credentials shows the real changes.\n");
        return text.toString();
    }

    private static String compact(Object value) {
        try {
            return COMPACT_JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
