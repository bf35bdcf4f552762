package io.slipway.ops.pulumi;

import java.util.List;

/**
 * One resource of a stack's current state, as {@code pulumi stack export} reports it.
 *
 * @param urn          its URN
 * @param type         its type token ({@code aws:route53/zone:Zone})
 * @param parent       its parent's URN, or null for the stack itself
 * @param protect      whether it is protected from deletion
 * @param dependencies URNs it depends on, its provider's included
 */
public record DeployedResource(String urn, String type, String parent, boolean protect, List<String> dependencies) {
    public DeployedResource {
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
    }

    /** The name part of the URN (after the last {@code ::}). */
    public String name() {
        return urn.substring(urn.lastIndexOf("::") + 2);
    }
}
