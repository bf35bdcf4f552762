package io.slipway.model.ephemeral;

import io.slipway.model.Required;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

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

    /**
     * {@code expiresAt} as an instant; empty when it is missing or not ISO-8601, which only a block read
     * without validation (an invalid file, a stack's output) can be.
     */
    public Optional<Instant> expiry() {
        try {
            return expiresAt == null ? Optional.empty() : Optional.of(OffsetDateTime.parse(expiresAt).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether it has expired at {@code now} (from {@code expiresAt} on); empty when the expiry cannot be read. */
    public Optional<Boolean> expiredAt(Instant now) {
        return expiry().map(expiry -> !now.isBefore(expiry));
    }

    public EphemeralSpec withExpiresAt(Instant newExpiry) {
        return new EphemeralSpec(parent, owner, createdAt, newExpiry.toString());
    }
}
