package com.tradesuite.broker.error;

/**
 * Base of every typed broker failure: HTTP status, Alpaca error code and message. Only
 * {@link #isRetryable()} failures (429, 5xx, timeouts) are ever retried; business rejections never are.
 */
public abstract class BrokerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final Long code;
    private final String body;
    private int attempts = 1;

    protected BrokerException(int httpStatus, Long code, String message, String body, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.code = code;
        this.body = body;
    }

    /** HTTP status, or 0 when no response arrived (timeout, connection failure, circuit open). */
    public int httpStatus() {
        return httpStatus;
    }

    /** Alpaca's numeric error code (e.g. 40310000), or null when the body had none. */
    public Long code() {
        return code;
    }

    /** The raw response body, for diagnostics (never contains credentials: those travel in headers). */
    public String body() {
        return body;
    }

    /** How many tries were made before giving up (1 when it was not retried). */
    public int attempts() {
        return attempts;
    }

    /** Set by the transport as it gives up, so callers can tell a first-try rejection from one after retries. */
    public void recordAttempts(int tries) {
        this.attempts = tries;
    }

    /** True only for transient failures worth retrying with backoff. */
    public abstract boolean isRetryable();
}
