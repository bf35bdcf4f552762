package io.slipway.review.policy;

import io.slipway.offline.RegisteredResource;

/**
 * One resource that breaks a rule.
 *
 * @param urn     the resource's URN
 * @param type    its type token
 * @param name    its logical name
 * @param message what is wrong, with the offending input and value
 */
public record Violation(String urn, String type, String name, String message) {
    public static Violation of(RegisteredResource resource, String message) {
        return new Violation(resource.urn(), resource.type(), resource.name(), message);
    }
}
