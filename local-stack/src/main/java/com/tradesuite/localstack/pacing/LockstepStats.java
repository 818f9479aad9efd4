package com.tradesuite.localstack.pacing;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a lockstep session cost: bars released, fallback steps, and where the real time went.
 *
 * @param bars steps released (one simulated bar each)
 * @param fallbackSteps steps released by the deadline while something was unfinished
 * @param advancing real time spent in the exchange moving its clock (matching orders, publishing bars)
 * @param waiting real time spent waiting for the gate to release
 * @param observing part of {@code waiting} spent gathering observations (HTTP, admin and log reads)
 * @param observations observations taken
 * @param waitedFor real time each kind of blocker held a bar back (a wait with two blockers counts for both)
 * @param fallbackReasons the blockers of each fallback step, in order (at most the first few)
 */
public record LockstepStats(long bars, long fallbackSteps, Duration advancing, Duration waiting, Duration observing,
                            long observations, Map<String, Duration> waitedFor, List<String> fallbackReasons) {

    public LockstepStats {
        waitedFor = Map.copyOf(waitedFor);
        fallbackReasons = List.copyOf(fallbackReasons);
    }

    /** Mean real milliseconds per bar of {@code part}. */
    public double perBarMillis(Duration part) {
        return bars == 0 ? 0 : part.toNanos() / 1e6 / bars;
    }
}
