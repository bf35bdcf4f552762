package io.slipway.model.validation.operations;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.TimeToLive;
import io.slipway.model.ephemeral.EphemeralPolicySpec;
import io.slipway.model.ephemeral.EphemeralSpec;
import io.slipway.model.validation.Findings;
import io.slipway.model.validation.ModelRule;
import io.slipway.model.validation.ValueShapes;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * What one environment file can say about ephemeral environments on its own: the child's block has
 * an owner address and an expiry after its creation, and the parent's policy has parseable times to
 * live with the default within the maximum. What needs other files (the parent exists and is not
 * ephemeral, the time to live is within the parent's maximum, the cap) is checked by
 * {@code slipway dev}, which reads them.
 */
public final class EphemeralRule implements ModelRule {
    /** An address with a local part, an at sign and a dotted domain: enough to reach a person, no RFC 5322 parser. */

    @Override
    public void check(EnvironmentSpec spec, Findings findings) {
        checkPolicy(spec.ephemeralPolicy(), findings);
        EphemeralSpec ephemeral = spec.ephemeral();
        if (ephemeral == null) {
            return;
        }
        if (ephemeral.owner() != null && !ValueShapes.isEmail(ephemeral.owner())) {
            findings.error("ephemeral.owner", "'" + ephemeral.owner() + "' is not an e-mail address; expected e.g. jane@example.com");
        }
        var created = timestamp(ephemeral.createdAt(), "ephemeral.createdAt", findings);
        var expires = timestamp(ephemeral.expiresAt(), "ephemeral.expiresAt", findings);
        if (created != null && expires != null && !expires.isAfter(created)) {
            findings.error("ephemeral.expiresAt", "'" + ephemeral.expiresAt() + "' is not after ephemeral.createdAt '"
                    + ephemeral.createdAt() + "'");
        }
        if (ephemeral.claimedAs() != null && !EphemeralSpec.isValidName(ephemeral.claimedAs())) {
            findings.error("ephemeral.claimedAs", "'" + ephemeral.claimedAs() + "' is not a valid name: a DNS label of 1-"
                    + EphemeralSpec.MAX_NAME_LENGTH + " lower-case letters, digits and '-', starting with a letter");
        }
        if (ephemeral.isStandby() && ephemeral.claimedAs() != null) {
            findings.error("ephemeral.standby", "a claimed child (claimedAs '" + ephemeral.claimedAs()
                    + "') is no longer a standby; remove standby");
        }
        if (!spec.ephemeralPolicy().equals(EphemeralPolicySpec.defaults())) {
            findings.error("ephemeralPolicy", "an ephemeral environment cannot have ephemeral children; remove ephemeralPolicy");
        }
    }

    private static void checkPolicy(EphemeralPolicySpec policy, Findings findings) {
        Duration defaultTtl = ttl(policy.defaultTtl(), "ephemeralPolicy.defaultTtl", findings);
        Duration maxTtl = ttl(policy.maxTtl(), "ephemeralPolicy.maxTtl", findings);
        if (defaultTtl != null && maxTtl != null && defaultTtl.compareTo(maxTtl) > 0) {
            findings.error("ephemeralPolicy.defaultTtl", "'" + policy.defaultTtl() + "' is longer than ephemeralPolicy.maxTtl '"
                    + policy.maxTtl() + "'");
        }
        if (policy.maxEnvironments() != null && policy.standby() > policy.maxEnvironments()) {
            findings.error("ephemeralPolicy.standby", policy.standby() + " standbys do not fit in ephemeralPolicy.maxEnvironments "
                    + policy.maxEnvironments() + ", which counts them; lower standby or raise maxEnvironments");
        }
    }

    private static Duration ttl(String value, String path, Findings findings) {
        try {
            return TimeToLive.parse(value);
        } catch (IllegalArgumentException e) {
            findings.error(path, e.getMessage());
            return null;
        }
    }

    private static OffsetDateTime timestamp(String value, String path, Findings findings) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            findings.error(path, "'" + value + "' is not an ISO-8601 timestamp; expected e.g. 2026-05-04T09:30:00Z");
            return null;
        }
    }
}
