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
        return nameOf(urn);
    }

    /** The name part of a URN {@code urn:pulumi:<stack>::<project>::<parent types$type>::<name>}. */
    public static String nameOf(String urn) {
        return urn.substring(urn.lastIndexOf("::") + 2);
    }

    /** The resource's own type token from its URN (the last of the {@code $}-joined parent types). */
    public static String typeOf(String urn) {
        String qualified = urn.substring(0, urn.lastIndexOf("::"));
        qualified = qualified.substring(qualified.lastIndexOf("::") + 2);
        return qualified.substring(qualified.lastIndexOf('$') + 1);
    }
}
