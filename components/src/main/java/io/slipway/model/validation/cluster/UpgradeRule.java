package io.slipway.model.validation.cluster;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.SlotSpec;
import io.slipway.model.UpgradeSpec;
import io.slipway.model.validation.Echo;
import io.slipway.model.validation.Findings;
import io.slipway.model.validation.ModelRule;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * An upgrade in progress goes from one existing slot to the other, and the target version is the
 * one the new slot runs; its timestamps are ISO-8601. A hand-edited upgrade block that breaks one of
 * these would make {@code slipway upgrade} resume the wrong step.
 */
public final class UpgradeRule implements ModelRule {
    private static final Set<String> SLOTS = Set.of(EnvironmentSpec.BLUE, EnvironmentSpec.GREEN);

    @Override
    public void check(EnvironmentSpec spec, Findings findings) {
        UpgradeSpec upgrade = spec.upgrade();
        if (upgrade == null) {
            return;
        }
        checkSlot(spec, upgrade.fromSlot(), "upgrade.fromSlot", findings);
        checkSlot(spec, upgrade.toSlot(), "upgrade.toSlot", findings);
        if (upgrade.fromSlot() != null && upgrade.fromSlot().equals(upgrade.toSlot())) {
            findings.error("upgrade.toSlot", "toSlot equals fromSlot " + Echo.quote(upgrade.fromSlot())
                    + "; an upgrade goes from one slot to the other");
        }
        SlotSpec target = upgrade.toSlot() == null ? null : spec.slots().get(upgrade.toSlot());
        if (target != null && upgrade.targetVersion() != null && target.kubernetesVersion() != null
                && !upgrade.targetVersion().equals(target.kubernetesVersion())) {
            findings.error("upgrade.targetVersion", Echo.quote(upgrade.targetVersion()) + " differs from slots."
                    + upgrade.toSlot()
                    + ".kubernetesVersion " + Echo.quote(target.kubernetesVersion()) + "; they must be equal");
        }
        checkTimestamp(upgrade.startedAt(), "upgrade.startedAt", findings);
        checkTimestamp(upgrade.verifiedAt(), "upgrade.verifiedAt", findings);
        checkTimestamp(upgrade.fullTrafficSince(), "upgrade.fullTrafficSince", findings);
    }

    private static void checkSlot(EnvironmentSpec spec, String slot, String path, Findings findings) {
        if (slot == null) {
            return;
        }
        if (!SLOTS.contains(slot)) {
            findings.error(path, Echo.quote(slot) + " is not a slot name; valid: blue, green");
        } else if (!spec.slots().containsKey(slot)) {
            findings.error(path, "slot " + Echo.quote(slot) + " does not exist under slots");
        }
    }

    private static void checkTimestamp(String value, String path, Findings findings) {
        if (value == null) {
            return;
        }
        try {
            OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            findings.error(path, Echo.quote(value) + " is not an ISO-8601 timestamp; expected e.g. 2026-05-04T09:30:00Z");
        }
    }
}
