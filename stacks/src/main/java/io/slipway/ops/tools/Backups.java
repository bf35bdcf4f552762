package io.slipway.ops.tools;

import io.slipway.ops.SlotTarget;

/** Cluster backups and restores through Velero, which writes to the environment's shared backups bucket. */
public interface Backups {
    /** Takes a backup of the whole slot and waits until it completed. */
    void backup(SlotTarget target, String backupName);

    /** Restores a backup into the slot and waits until it completed. */
    void restore(SlotTarget target, String backupName);
}
