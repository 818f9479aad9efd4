package com.tradesuite.bench.read;

import java.time.Duration;

/**
 * One timed read of the log.
 *
 * @param records records read (and, for a folding read, folded) before it finished or ran out of time
 * @param elapsed from the first read request to the last record handled
 * @param finished false when the phase's time limit stopped it
 * @param folded what the fold holds at the end (open positions, open orders, closed trades), null for the bare read
 */
public record ReadResult(String name, long records, Duration elapsed, boolean finished, String folded) {

    public double recordsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : records / seconds;
    }
}
