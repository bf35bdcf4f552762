package io.slipway.plan.timeline;

import io.slipway.offline.RegisteredResource;

/** How long the operation {@link Timeline} models takes for one resource: a create, an update, or nothing. */
@FunctionalInterface
public interface Durations {
    /** Seconds the operation on {@code resource} takes; 0 when it calls no cloud API. */
    int of(RegisteredResource resource);
}
