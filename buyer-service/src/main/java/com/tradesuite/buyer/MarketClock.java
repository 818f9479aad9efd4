package com.tradesuite.buyer;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.tradesuite.schemas.event.BarClosed;

/** Market time is the end of the newest bar seen on {@code market-data} (bar start + 1 minute); it never goes back. */
public final class MarketClock {

    static final Duration BAR = Duration.ofMinutes(1);

    // Written by the log thread, read by health and tests.
    private volatile Instant now;

    /** Moves market time to the end of this bar if that is later than what we know. */
    public void observe(BarClosed bar) {
        Instant end = bar.barStart().plus(BAR);
        if (now == null || end.isAfter(now)) {
            now = end;
        }
    }

    /** Empty until the first bar: no decision is taken before market time is known. */
    public Optional<Instant> now() {
        return Optional.ofNullable(now);
    }

    public void reset() {
        now = null;
    }
}
