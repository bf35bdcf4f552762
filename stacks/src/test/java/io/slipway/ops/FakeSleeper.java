package io.slipway.ops;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records each wait and moves the manual clock instead of waiting. */
public final class FakeSleeper implements Sleeper {
    public final List<Duration> waits = new ArrayList<>();
    private final ManualClock clock;
    private final Journal journal;

    public FakeSleeper(ManualClock clock, Journal journal) {
        this.clock = clock;
        this.journal = journal;
    }

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
        journal.add("sleep " + Durations.format(duration));
        clock.advance(duration);
    }
}
