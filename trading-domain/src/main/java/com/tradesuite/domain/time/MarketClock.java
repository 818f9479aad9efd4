package com.tradesuite.domain.time;

import java.time.Instant;
import java.util.Optional;

import com.tradesuite.schemas.event.BarClosed;

/**
 * Market time is the end of the newest bar of the clock's timeframe seen on {@code market-data} (bar start + one
 * bar); it never goes back, and bars of other timeframes do not move it.
 */
public final class MarketClock {

    private final Timeframe timeframe;
    // Written by the log thread, read by health, REST and tests.
    private volatile Instant now;

    public MarketClock(Timeframe timeframe) {
        this.timeframe = timeframe;
    }

    /** Moves market time to the end of this bar if it is of this timeframe and later than what is known. */
    public Optional<Instant> observe(BarClosed bar) {
        if (!timeframe.names(bar.timeframe())) {
            return Optional.empty();
        }
        Instant end = bar.barStart().plus(timeframe.length());
        if (now == null || end.isAfter(now)) {
            now = end;
        }
        return Optional.of(end);
    }

    /** Empty until the first bar: no decision is taken before market time is known. */
    public Optional<Instant> now() {
        return Optional.ofNullable(now);
    }

    /** Restores market time from a snapshot (never moves it back). */
    public void restore(Instant restored) {
        if (restored != null && (now == null || restored.isAfter(now))) {
            now = restored;
        }
    }

    public Timeframe timeframe() {
        return timeframe;
    }

    public void reset() {
        now = null;
    }
}
