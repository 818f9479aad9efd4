package com.tradesuite.bench;

import java.time.Duration;

/** The time limit of one benchmark phase: a slow phase is reported as not finished instead of hanging the run. */
public final class Deadline {

    private final String phase;
    private final Duration limit;
    private final long endsAt;

    private Deadline(String phase, Duration limit) {
        this.phase = phase;
        this.limit = limit;
        this.endsAt = System.nanoTime() + limit.toNanos();
    }

    public static Deadline of(String phase, Duration limit) {
        return new Deadline(phase, limit);
    }

    public boolean passed() {
        return System.nanoTime() - endsAt > 0;
    }

    /** @throws PhaseTimeoutException once the limit has passed */
    public void check() {
        if (passed()) {
            throw new PhaseTimeoutException(phase, limit);
        }
    }

    public long remainingMillis() {
        return Math.max(0, (endsAt - System.nanoTime()) / 1_000_000);
    }

    public Duration limit() {
        return limit;
    }

    public String phase() {
        return phase;
    }
}
