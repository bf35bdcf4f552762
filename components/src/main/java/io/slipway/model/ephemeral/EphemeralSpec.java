package io.slipway.model.ephemeral;

import io.slipway.model.Required;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

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
 * @param standby   whether it is a standby: deployed ahead by {@code slipway dev standby} and waiting for a
 *                  {@code dev up} to claim it. @default false
 * @param claimedAs the name a claimed standby answers to ({@code dev up NAME} claimed it): its records live under
 *                  {@code *.NAME.<parent domain>} and every {@code dev} command accepts NAME, while its stack and
 *                  resources keep the standby's name, since renaming a cluster replaces it. @default null (not claimed)
 */
public record EphemeralSpec(
        @Required String parent,
        @Required String owner,
        @Required String createdAt,
        @Required String expiresAt,
        Boolean standby,
        String claimedAs) {

    /**
     * The longest child name: {@code NAME-green} then names IAM roles with suffixes of up to 28 characters
     * (64 allowed), GKE node service accounts (30, shortened by the component) and GCP label values (63).
     */
    public static final int MAX_NAME_LENGTH = 20;
    /** A child's name (and a claimed standby's {@code claimedAs}): a DNS label, since it names records and clusters. */
    public static final Pattern NAME = Pattern.compile("[a-z]([a-z0-9-]*[a-z0-9])?");

    public EphemeralSpec {
        // Written only when true, so a child's file says nothing about standbys.
        standby = Boolean.TRUE.equals(standby) ? Boolean.TRUE : null;
    }

    /** A child made for its owner: neither a standby nor a claimed one. */
    public EphemeralSpec(String parent, String owner, String createdAt, String expiresAt) {
        this(parent, owner, createdAt, expiresAt, false, null);
    }

    /** Whether it waits, unclaimed, for a {@code dev up} to claim it. */
    public boolean isStandby() {
        return Boolean.TRUE.equals(standby);
    }

    /** Whether {@code name} is a valid child name. */
    public static boolean isValidName(String name) {
        return name != null && name.length() <= MAX_NAME_LENGTH && NAME.matcher(name).matches();
    }

    /**
     * The standby claimed for {@code name} by {@code owner}: it is no longer a standby, answers to
     * {@code name}, and lives from {@code claimedAt} to {@code expiresAt}.
     */
    public EphemeralSpec claimedFor(String name, String newOwner, Instant claimedAt, Instant newExpiry) {
        return new EphemeralSpec(parent, newOwner, claimedAt.toString(), newExpiry.toString(), false, name);
    }

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
        return new EphemeralSpec(parent, owner, createdAt, newExpiry.toString(), standby, claimedAs);
    }
}
