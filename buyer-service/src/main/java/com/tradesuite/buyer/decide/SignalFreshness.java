package com.tradesuite.buyer.decide;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.tradesuite.schemas.event.EntrySignalled;

/**
 * A signal is stale once market time is more than the maximum age past its bar time; a stale signal is declined.
 * (Pure; the domain has no freshness rule, so it lives here.)
 */
public final class SignalFreshness {

    /** The decline check name written on {@code orders}. */
    public static final String STALE = "STALE";

    private final Duration maxAge;

    public SignalFreshness(Duration maxAge) {
        this.maxAge = maxAge;
    }

    /** Why the signal is too old to act on at {@code now}; empty when it is fresh. */
    public Optional<String> staleReason(EntrySignalled signal, Instant now) {
        Duration age = Duration.between(signal.barTime(), now);
        if (age.compareTo(maxAge) <= 0) {
            return Optional.empty();
        }
        return Optional.of("stale: signal of bar " + signal.barTime() + " is " + age + " old at market time " + now
                + ", the maximum age is " + maxAge);
    }
}
