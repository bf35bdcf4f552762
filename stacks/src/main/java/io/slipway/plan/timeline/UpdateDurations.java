package io.slipway.plan.timeline;

import io.slipway.offline.RegisteredResource;

/**
 * Typical in-place update durations per resource type (and per chart for Helm releases), read from the
 * one data file {@code update-durations.csv} next to this class, each row with its source or reasoning.
 * Most updates are one API call; the rows that differ wait for something (a GKE operation, a Helm
 * release's rollout, a DNS change reaching INSYNC). A figure is per type, whatever input changed.
 */
public final class UpdateDurations implements Durations {
    static final String RESOURCE = "update-durations.csv";

    private final DurationTable table;

    private UpdateDurations(DurationTable table) {
        this.table = table;
    }

    /** The shipped table. */
    public static UpdateDurations shipped() {
        return new UpdateDurations(DurationTable.load(RESOURCE));
    }

    /** Seconds to update {@code resource} in place. */
    @Override
    public int of(RegisteredResource resource) {
        return table.of(resource);
    }
}
