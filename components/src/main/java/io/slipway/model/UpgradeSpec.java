package io.slipway.model;

/**
 * The state of a blue/green upgrade in progress, kept in the stack config itself so every step is
 * resumable and reviewable. Absent when no upgrade runs. Written by {@code slipway upgrade}.
 *
 * @param fromSlot         the slot being replaced. Required.
 * @param toSlot           the slot being brought up. Required.
 * @param targetVersion    the Kubernetes version of {@code toSlot}. Required.
 * @param startedAt        ISO-8601 instant the upgrade started. Required.
 * @param verifiedAt       ISO-8601 instant {@code toSlot} passed verify. @default null (not verified)
 * @param fullTrafficSince ISO-8601 instant {@code toSlot} reached weight 100. @default null
 * @param trafficReturnedAt ISO-8601 instant a rollback wrote all traffic back to {@code fromSlot};
 *                         set, it makes every rollback run wait one DNS TTL after re-applying that
 *                         step before removing {@code toSlot}. @default null (no rollback runs)
 */
public record UpgradeSpec(
        @Required String fromSlot,
        @Required String toSlot,
        @Required String targetVersion,
        @Required String startedAt,
        String verifiedAt,
        String fullTrafficSince,
        String trafficReturnedAt) {

    /** An upgrade no rollback has touched. */
    public UpgradeSpec(String fromSlot, String toSlot, String targetVersion, String startedAt, String verifiedAt,
                       String fullTrafficSince) {
        this(fromSlot, toSlot, targetVersion, startedAt, verifiedAt, fullTrafficSince, null);
    }
}
