package io.slipway.ops;

import java.time.Duration;

/** Waiting, injected so soak periods and polls are tested without waiting. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration);

    /** The real one; an interrupt (Ctrl-C) ends the command, which is safe to re-run. */
    static Sleeper system() {
        return duration -> {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationFailedException("interrupted while waiting; re-run the command to resume");
            }
        };
    }
}
