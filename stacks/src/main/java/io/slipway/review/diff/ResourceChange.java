package io.slipway.review.diff;

import io.slipway.review.graph.Section;
import java.util.List;

/**
 * One resource that differs between the base and the new plan.
 *
 * @param kind      what happens to it
 * @param urn       its URN
 * @param type      its type token
 * @param name      its logical name
 * @param section   the part of the environment (foundation, slot blue, ...)
 * @param component the Slipway component that owns it ({@code slipway:aws:ManagedNodePool dev-blue-system})
 * @param protect   protected in the base (removed, replaced) or the new plan
 * @param inputs    the changed inputs, by path (empty for added and removed resources)
 * @param loud      why a reviewer must look twice (protected resource replaced or deleted, prod foundation); empty otherwise
 */
public record ResourceChange(Kind kind, String urn, String type, String name, Section section, String component,
                             boolean protect, List<InputChange> inputs, List<String> loud) {
    public enum Kind { ADD, DELETE, UPDATE, REPLACE }

    public ResourceChange {
        inputs = List.copyOf(inputs);
        loud = List.copyOf(loud);
    }
}
