package io.slipway.model.validation.cluster;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.SlotSpec;
import io.slipway.model.UpgradeSpec;
import io.slipway.model.validation.Findings;
import io.slipway.model.validation.KeyPaths;
import io.slipway.model.validation.ModelRule;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The steps of an upgrade happen in order: the new slot is verified once the upgrade started, takes
 * traffic only once verified, and has full traffic only after that. A hand-edited file that skips
 * verify would otherwise shift real users onto a cluster nobody checked, and {@code upgrade status}
 * would offer to finish, deleting the old one. Malformed timestamps are {@link UpgradeRule}'s.
 */
public final class UpgradeOrderRule implements ModelRule {
    @Override
    public void check(EnvironmentSpec spec, Findings findings) {
        UpgradeSpec upgrade = spec.upgrade();
        if (upgrade == null) {
            return;
        }
        SlotSpec target = upgrade.toSlot() == null ? null : spec.slots().get(upgrade.toSlot());
        if (target != null && target.weight() != null && target.weight() > 0 && upgrade.verifiedAt() == null) {
            findings.error(KeyPaths.slot(upgrade.toSlot()) + ".weight", "weight " + target.weight() + " on slot "
                    + upgrade.toSlot() + ", which has not passed verify (upgrade.verifiedAt is not set); set it to 0 and run "
                    + "slipway upgrade verify first");
        }
        if (upgrade.fullTrafficSince() != null && upgrade.verifiedAt() == null) {
            findings.error("upgrade.fullTrafficSince", "set, but upgrade.verifiedAt is not; a slot takes full traffic only after verify");
        }
        Optional<OffsetDateTime> started = instant(upgrade.startedAt());
        Optional<OffsetDateTime> verified = instant(upgrade.verifiedAt());
        Optional<OffsetDateTime> full = instant(upgrade.fullTrafficSince());
        // Equal instants are allowed: the commands write whole seconds, and a test clock may not move.
        if (started.isPresent() && verified.isPresent() && verified.get().isBefore(started.get())) {
            findings.error("upgrade.verifiedAt", upgrade.verifiedAt() + " is before upgrade.startedAt " + upgrade.startedAt()
                    + "; a slot is verified after the upgrade starts");
        }
        if (verified.isPresent() && full.isPresent() && full.get().isBefore(verified.get())) {
            findings.error("upgrade.fullTrafficSince", upgrade.fullTrafficSince() + " is before upgrade.verifiedAt "
                    + upgrade.verifiedAt() + "; traffic moves only after verify");
        }
    }

    private static Optional<OffsetDateTime> instant(String text) {
        if (text == null || text.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
