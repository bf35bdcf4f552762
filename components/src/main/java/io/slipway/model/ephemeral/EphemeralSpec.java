package io.slipway.model.ephemeral;

import io.slipway.model.Required;
import java.time.Instant;

/**
 * Marks an environment as a short-lived child of a long-lived parent ({@code slipway dev up NAME
 * --from PARENT}). It builds only cluster slots and reads the parent's foundation (network, DNS zone,
 * key, backups bucket) from the parent stack's outputs; {@code slipway dev reap} destroys it once
 * {@code expiresAt} has passed. Every resource carries the expiry as a tag or label.
 *
 * @param parent    the parent environment (= stack) whose foundation it uses; must not be ephemeral. Required.
 * @param owner     who asked for it, an e-mail address; shown by {@code dev list}. Required.
 * @param createdAt ISO-8601 instant it was first requested. Required.
 * @param expiresAt ISO-8601 instant after which {@code dev reap} destroys it; after {@code createdAt}. Required.
 */
public record EphemeralSpec(
        @Required String parent,
        @Required String owner,
        @Required String createdAt,
        @Required String expiresAt) {

    /** {@code expiresAt} as an instant; the spec is validated, so it parses. */
    public Instant expiry() {
        return java.time.OffsetDateTime.parse(expiresAt).toInstant();
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiry());
    }

    public EphemeralSpec withExpiresAt(Instant newExpiry) {
        return new EphemeralSpec(parent, owner, createdAt, newExpiry.toString());
    }
}
