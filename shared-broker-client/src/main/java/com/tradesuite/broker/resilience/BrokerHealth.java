package com.tradesuite.broker.resilience;

import java.time.Instant;

/** Snapshot for a health check: the breaker state and the last infrastructure failure, if any. */
public record BrokerHealth(CircuitState state, int consecutiveFailures, String lastError, Instant lastErrorAt) {

    /** Healthy unless the breaker is open. */
    public boolean isUp() {
        return state != CircuitState.OPEN;
    }
}
