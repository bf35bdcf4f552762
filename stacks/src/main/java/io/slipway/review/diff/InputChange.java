package io.slipway.review.diff;

import java.util.Optional;

/**
 * One changed input of a resource.
 *
 * @param path     the key path ({@code scalingConfig.maxSize}, {@code vpcConfig.subnetIds[1]}); inside a JSON
 *                 document input (an IAM policy) the path continues into it
 * @param oldValue the base value as JSON text, {@code null} when added
 * @param newValue the new value as JSON text, {@code null} when removed
 * @param rule     the replacement rule the change matches, if any
 */
public record InputChange(String path, String oldValue, String newValue, Optional<ReplacementRules.Rule> rule) {}
