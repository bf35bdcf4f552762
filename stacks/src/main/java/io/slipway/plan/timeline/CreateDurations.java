package io.slipway.plan.timeline;

import io.slipway.offline.RegisteredResource;
import java.util.Map;

/**
 * Typical create durations per resource type (and per chart for Helm releases), read from the one
 * data file {@code create-durations.csv} next to this class, each row with its source or reasoning.
 * Component resources, providers and reads (stack references) take no time: they call no cloud API.
 */
public final class CreateDurations implements Durations {
    static final String RESOURCE = "create-durations.csv";

    private final DurationTable table;

    CreateDurations(Map<String, Integer> seconds) {
        this(DurationTable.of(seconds));
    }

    private CreateDurations(DurationTable table) {
        this.table = table;
    }

    /** The shipped table. */
    public static CreateDurations shipped() {
        return new CreateDurations(DurationTable.load(RESOURCE));
    }

    /** Seconds to create {@code resource}. */
    @Override
    public int of(RegisteredResource resource) {
        return table.of(resource);
    }
}
