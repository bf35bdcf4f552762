package io.slipway.ops.upgrade;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.SlotSpec;
import io.slipway.model.UpgradeSpec;

/** Where a blue/green upgrade stands, derived from the environment's config alone. */
public enum UpgradePhase {
    /** No upgrade block: one live slot (or a finished upgrade). */
    IDLE,
    /** The new slot exists at weight 0 and has not passed verify. */
    STARTED,
    /** The new slot passed verify and still carries no traffic. */
    VERIFIED,
    /** The new slot carries part of the traffic. */
    SHIFTING,
    /** The new slot carries all traffic, since {@code fullTrafficSince}; finish once it has soaked. */
    SHIFTED;

    public static UpgradePhase of(EnvironmentSpec spec) {
        UpgradeSpec upgrade = spec.upgrade();
        if (upgrade == null) {
            return IDLE;
        }
        if (upgrade.verifiedAt() == null) {
            // Validation refuses traffic on an unverified slot; should a file still say so, the next step is verify, never finish.
            return STARTED;
        }
        SlotSpec newSlot = spec.slots().get(upgrade.toSlot());
        int weight = newSlot == null ? 0 : newSlot.weight();
        if (weight >= 100) {
            return SHIFTED;
        }
        if (weight > 0) {
            return SHIFTING;
        }
        return VERIFIED;
    }
}
