package io.slipway.model.addons;

/**
 * external-dns, limited to the environment's zone, owning records under the slot's TXT owner id
 * (an ephemeral child's: its cluster's name, since it shares its parent's zone).
 *
 * @param enabled install it. @default true
 * @param policy  {@code upsert-only} (never deletes) or {@code sync}. @default upsert-only
 */
public record ExternalDnsSpec(Boolean enabled, String policy) {
    public ExternalDnsSpec {
        enabled = enabled == null || enabled;
        policy = policy == null ? "upsert-only" : policy;
    }

    public static ExternalDnsSpec defaults() {
        return new ExternalDnsSpec(null, null);
    }
}
