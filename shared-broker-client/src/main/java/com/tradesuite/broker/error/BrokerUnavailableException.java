package com.tradesuite.broker.error;

/** 5xx, timeout, connection failure, or the circuit breaker refusing calls; retryable unless the circuit is open. */
public class BrokerUnavailableException extends BrokerException {

    private static final long serialVersionUID = 1L;

    private final boolean circuitOpen;

    public BrokerUnavailableException(int httpStatus, Long code, String message, String body, Throwable cause) {
        super(httpStatus, code, message, body, cause);
        this.circuitOpen = false;
    }

    private BrokerUnavailableException(String message) {
        super(0, null, message, null, null);
        this.circuitOpen = true;
    }

    /** The call was never made because the circuit breaker is open. */
    public static BrokerUnavailableException circuitOpen(String lastError) {
        return new BrokerUnavailableException("circuit breaker open after repeated broker failures; last: " + lastError);
    }

    public boolean isCircuitOpen() {
        return circuitOpen;
    }

    @Override
    public boolean isRetryable() {
        return !circuitOpen;
    }
}
