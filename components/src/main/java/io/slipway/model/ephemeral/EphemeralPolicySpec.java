package io.slipway.model.ephemeral;

/**
 * What a long-lived environment allows its ephemeral children ({@code slipway dev up NAME --from
 * THIS}): how long they may live and how many may exist at once. Read from the parent when a child
 * is created or extended.
 *
 * @param defaultTtl      the time to live when {@code --ttl} is not given, as {@code 8h}, {@code 30m}, {@code 1d}. @default 8h
 * @param maxTtl          the longest time to live a child may ask for, counted from now. @default 72h
 * @param maxEnvironments how many ephemeral children may exist at once, standbys included. @default null (no limit)
 * @param standby         how many standby children {@code slipway dev standby} keeps deployed for {@code dev up} to
 *                        claim: a claim only renames and re-tags a running cluster, so it is ready in 2-3 minutes
 *                        instead of a cold create's 11-14; each idle standby costs what a child costs. @default 0
 */
public record EphemeralPolicySpec(String defaultTtl, String maxTtl, Integer maxEnvironments, Integer standby) {
    public static final String DEFAULT_TTL = "8h";
    public static final String DEFAULT_MAX_TTL = "72h";

    public EphemeralPolicySpec {
        defaultTtl = defaultTtl == null ? DEFAULT_TTL : defaultTtl;
        maxTtl = maxTtl == null ? DEFAULT_MAX_TTL : maxTtl;
        standby = standby == null ? 0 : standby;
    }

    public static EphemeralPolicySpec defaults() {
        return new EphemeralPolicySpec(null, null, null, null);
    }
}
