package io.slipway.addons.backups;

import io.slipway.addons.PinnedRelease;
import io.slipway.addons.lock.AddonPin;

/**
 * How a slot's Velero schedule is named: the key under the chart's {@code schedules} value, and
 * the name the chart gives the Schedule object from it ({@code <release fullname>-<key>}, see
 * the chart's {@code templates/schedule.yaml}). Velero labels its backup metrics with the
 * Schedule's name, so the backup alerts must use {@link #name}, never the key.
 */
public final class VeleroSchedule {
    private VeleroSchedule() {}

    /** The key under {@code schedules}; slots share the bucket, so their schedules must not collide. */
    public static String key(String slot) {
        return slot + "-cluster";
    }

    /** The Schedule object's name, {@code velero-<slot>-cluster} with the shipped lock: the {@code schedule} metric label. */
    public static String name(AddonPin veleroPin, String slot) {
        return PinnedRelease.fullname(veleroPin) + "-" + key(slot);
    }
}
