package io.slipway.plan;

import io.slipway.model.loading.Problem;
import io.slipway.offline.RegisteredResource;
import java.util.List;
import java.util.Map;

/**
 * What a stack would create, as the offline engine recorded it.
 *
 * @param stack     the stack name
 * @param source    the file the environment came from ("" for a program that reads no file)
 * @param resources every registered resource, ordered by URN, inputs with secrets masked
 * @param outputs   the stack's exports, keys sorted, secrets masked
 * @param warnings  what the environment's validation flagged without refusing it
 */
public record Plan(String stack, String source, List<RegisteredResource> resources, Map<String, Object> outputs,
                   List<Problem> warnings) {
    public Plan {
        resources = List.copyOf(resources);
        warnings = List.copyOf(warnings);
    }
}
