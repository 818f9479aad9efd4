package com.tradesuite.domain.exit;

import java.time.Instant;

/** The fallback monitor's answer; {@link #breachedSince()} is what the caller remembers for the next tick. */
public sealed interface FallbackDecision {

    /** When price first traded through the stop in the current breach; null when there is no breach. */
    Instant breachedSince();

    /** Price is above the stop (or no position): nothing to do, any breach is over. */
    record Clear(String reason) implements FallbackDecision {
        @Override
        public Instant breachedSince() {
            return null;
        }
    }

    /** Through the stop, but the stop (or a higher layer) still has time to act. */
    record Wait(Instant breachedSince, String reason) implements FallbackDecision {
    }

    /** The stop did not fire within the grace period: cancel held legs, exit at market. */
    record ExitAtMarket(Instant breachedSince, MarketExitPlan exit) implements FallbackDecision {
    }
}
