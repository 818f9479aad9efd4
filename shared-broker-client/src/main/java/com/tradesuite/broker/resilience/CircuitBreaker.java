package com.tradesuite.broker.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Opens after {@code threshold} consecutive infrastructure failures (5xx, timeouts, connection errors), refuses
 * calls for {@code openFor}, then lets one probe through (HALF_OPEN): success closes it, failure reopens it.
 * Business rejections are answers from a healthy broker and count as success.
 */
public final class CircuitBreaker {

    private final int threshold;
    private final Duration openFor;
    private final Clock clock;
    private CircuitState state = CircuitState.CLOSED;
    private int consecutiveFailures;
    private Instant openedAt;
    private boolean probeInFlight;
    private String lastError;
    private Instant lastErrorAt;

    public CircuitBreaker(int threshold, Duration openFor, Clock clock) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be >= 1, got " + threshold);
        }
        this.threshold = threshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    /** True if a call may go out now; moves OPEN to HALF_OPEN once the open period is over. */
    public synchronized boolean tryAcquirePermission() {
        if (state == CircuitState.OPEN && !clock.instant().isBefore(openedAt.plus(openFor))) {
            state = CircuitState.HALF_OPEN;
            probeInFlight = false;
        }
        switch (state) {
            case CLOSED:
                return true;
            case HALF_OPEN:
                if (probeInFlight) {
                    return false;
                }
                probeInFlight = true;
                return true;
            default:
                return false;
        }
    }

    public synchronized void onSuccess() {
        consecutiveFailures = 0;
        probeInFlight = false;
        state = CircuitState.CLOSED;
    }

    public synchronized void onFailure(String error) {
        consecutiveFailures++;
        lastError = error;
        lastErrorAt = clock.instant();
        probeInFlight = false;
        if (state == CircuitState.HALF_OPEN || consecutiveFailures >= threshold) {
            state = CircuitState.OPEN;
            openedAt = clock.instant();
        }
    }

    public synchronized BrokerHealth health() {
        CircuitState reported = state;
        if (state == CircuitState.OPEN && !clock.instant().isBefore(openedAt.plus(openFor))) {
            reported = CircuitState.HALF_OPEN;
        }
        return new BrokerHealth(reported, consecutiveFailures, lastError, lastErrorAt);
    }
}
