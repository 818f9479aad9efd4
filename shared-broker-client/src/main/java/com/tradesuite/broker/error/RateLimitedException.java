package com.tradesuite.broker.error;

import java.time.Duration;

/** HTTP 429: too many requests; {@link #retryAfter()} is the server's hint (Retry-After or X-RateLimit-Reset). */
public class RateLimitedException extends BrokerException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public RateLimitedException(Long code, String message, String body, Duration retryAfter) {
        super(429, code, message, body, null);
        this.retryAfter = retryAfter;
    }

    /** How long the server asked us to wait, or null when it did not say. */
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
