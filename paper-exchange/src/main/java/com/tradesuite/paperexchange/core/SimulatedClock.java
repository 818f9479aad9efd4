package com.tradesuite.paperexchange.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A {@link Clock} that only moves when told to, so a simulated day can pass in milliseconds. */
public final class SimulatedClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    public SimulatedClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    private SimulatedClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new SimulatedClock(now, newZone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Moves to {@code target}; time never runs backwards. */
    public synchronized void moveTo(Instant target) {
        if (target.isBefore(now)) {
            throw new IllegalArgumentException("simulated time cannot go back from " + now + " to " + target);
        }
        now = target;
    }

    public synchronized void advance(Duration duration) {
        moveTo(now.plus(duration));
    }
}
