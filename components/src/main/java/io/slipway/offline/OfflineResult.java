package io.slipway.offline;

import java.util.List;
import java.util.Map;

/**
 * What a program registered on the offline engine.
 *
 * @param stack     the stack name the program ran as
 * @param resources every registered resource, ordered by URN
 * @param outputs   the stack's exports, resolved and with secrets masked
 * @param errors    errors the program logged or threw; empty for a clean run
 */
public record OfflineResult(String stack, List<RegisteredResource> resources, Map<String, Object> outputs, List<String> errors) {
    public OfflineResult {
        resources = List.copyOf(resources);
        errors = List.copyOf(errors);
    }

    public List<RegisteredResource> ofType(String type) {
        return resources.stream().filter(r -> r.type().equals(type)).toList();
    }

    /** The one resource of this type, failing with what was registered when there is not exactly one. */
    public RegisteredResource single(String type) {
        var found = ofType(type);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type + " but found " + found.size() + ": "
                    + found.stream().map(RegisteredResource::name).toList());
        }
        return found.get(0);
    }

    /** The resource of this type and logical name. */
    public RegisteredResource named(String type, String name) {
        return ofType(type).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(
                "no " + type + " named '" + name + "'; there are: " + ofType(type).stream().map(RegisteredResource::name).toList()));
    }

    public RegisteredResource byUrn(String urn) {
        return resources.stream().filter(r -> r.urn().equals(urn)).findFirst()
                .orElseThrow(() -> new AssertionError("no resource " + urn));
    }

    /** The resources whose parent chain reaches {@code ancestor} (not including it). */
    public List<RegisteredResource> descendantsOf(RegisteredResource ancestor) {
        return resources.stream().filter(r -> isDescendant(r, ancestor.urn())).toList();
    }

    private boolean isDescendant(RegisteredResource r, String ancestorUrn) {
        String parent = r.parent();
        while (parent != null && !parent.isEmpty()) {
            if (parent.equals(ancestorUrn)) {
                return true;
            }
            String current = parent;
            parent = resources.stream().filter(x -> x.urn().equals(current)).map(RegisteredResource::parent).findFirst().orElse("");
        }
        return false;
    }
}
