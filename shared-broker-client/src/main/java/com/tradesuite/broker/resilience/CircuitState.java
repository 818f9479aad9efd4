package com.tradesuite.broker.resilience;

/** Circuit breaker states: CLOSED lets calls through, OPEN refuses them, HALF_OPEN lets one probe through. */
public enum CircuitState {
    CLOSED,
    OPEN,
    HALF_OPEN
}
