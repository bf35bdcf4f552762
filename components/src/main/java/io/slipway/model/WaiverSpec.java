package io.slipway.model;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An accepted exception to one built-in policy rule ({@code slipway check}), with why and until when.
 * The rule id must be one the check knows; an expired waiver no longer waives and fails the check.
 *
 * @param rule    the policy rule's id, e.g. {@code SLW-AWS-001}. Required.
 * @param reason  why the violation is accepted, for the reviewer. Required.
 * @param expires the last day (ISO date, {@code 2026-12-31}) the waiver applies. Required.
 * @param resources the logical names of the resources it covers, {@code *} matching any text
 *                  ({@code *-aws-load-balancer-controller}). @default [] (every violation of the rule)
 */
public record WaiverSpec(@Required String rule, @Required String reason, @Required String expires, List<String> resources) {
    public WaiverSpec {
        resources = resources == null ? List.of() : List.copyOf(resources);
    }

    /** A waiver of every violation of the rule. */
    public WaiverSpec(String rule, String reason, String expires) {
        this(rule, reason, expires, List.of());
    }

    /** Whether the waiver covers a violation on the resource of this logical name. */
    public boolean covers(String resourceName) {
        return resources.isEmpty() || resources.stream().anyMatch(glob -> matches(glob, resourceName));
    }

    private static boolean matches(String glob, String name) {
        String regex = Arrays.stream(glob.split("\\*", -1)).map(Pattern::quote)
                .collect(Collectors.joining(".*"));
        return Pattern.matches(regex, name);
    }
}
