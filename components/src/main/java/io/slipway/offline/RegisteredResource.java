package io.slipway.offline;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One resource as the program registered it with the engine: what {@code pulumi preview} would
 * create. Inputs are as sent to the engine, with secrets masked as {@value StructValues#SECRET}.
 *
 * @param urn          the resource's URN
 * @param type         type token ({@code aws:eks/cluster:Cluster}, {@code slipway:aws:EksCluster})
 * @param name         logical name
 * @param parent       URN of the parent ("" for the stack itself)
 * @param inputs       registered inputs, keys sorted
 * @param dependencies URNs this resource explicitly or through its inputs depends on, sorted
 * @param protect      protected from deletion
 * @param provider     provider reference ("" for the default provider)
 * @param read         true for a read of an existing resource ({@code Service.get}), not a creation
 */
public record RegisteredResource(
        String urn,
        String type,
        String name,
        String parent,
        Map<String, Object> inputs,
        List<String> dependencies,
        boolean protect,
        String provider,
        boolean read) {

    /** The input at a dotted path ({@code vpcConfig.endpointPrivateAccess}, {@code tags.Name}). */
    public Optional<Object> input(String dottedPath) {
        Object current = inputs;
        for (String key : dottedPath.split("\\.")) {
            if (current instanceof Map<?, ?> map && map.containsKey(key)) {
                current = map.get(key);
            } else if (current instanceof List<?> list && key.matches("\\d+") && Integer.parseInt(key) < list.size()) {
                current = list.get(Integer.parseInt(key));
            } else {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(current);
    }

    /** Like {@link #input(String)}, failing with the path and the inputs when absent. */
    public Object require(String dottedPath) {
        return input(dottedPath).orElseThrow(() -> new AssertionError(
                "no input '" + dottedPath + "' on " + type + " '" + name + "'; inputs: " + inputs));
    }
}
